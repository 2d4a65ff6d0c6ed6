/**
 * Helpers of the tests of the embedded emulator over IndexedDB (fake-indexeddb): emulators on
 * fresh databases, stopped after each test, requests through their handlers, and the database's
 * raw state.
 */
import { getResponse } from 'msw';
import { afterEach } from 'vitest';
import { openEmbeddedEmulator, type EmbeddedEmulator, type EmbeddedOptions } from './embedded';

export const ORIGIN = 'https://graph.microsoft.com';
export const ADMIN = 'admin@contoso.onmicrosoft.com';
const open: EmbeddedEmulator[] = [];
let databases = 0;
/** A database name no other test of the run uses. */
export const freshDatabase = () => `persistence-test-${String(++databases)}`;

afterEach(() => {
  for (const backend of open.splice(0)) backend.stop();
});

/** An embedded emulator (the `empty` seed unless told) over `database`, stopped after the test. */
export async function start(
  database: string,
  options: Omit<EmbeddedOptions, 'database'> = {},
): Promise<EmbeddedEmulator> {
  const backend = await openEmbeddedEmulator({ seed: 'empty', ...options, database });
  open.push(backend);
  return backend;
}

function request(
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** One request through the embedded emulator's handlers (a change is saved before it is answered). */
export async function send(
  backend: EmbeddedEmulator,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const req = request(method, path, options);
  const response = await getResponse(backend.handlers, req);
  if (!response) throw new Error(`no handler for ${method} ${path}`);
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** The admin's access token. */
export async function token(backend: EmbeddedEmulator): Promise<string> {
  const { status, json } = await send(backend, 'POST', '/_emulator/token', {
    body: { userPrincipalName: ADMIN },
  });
  if (status !== 200) throw new Error(`token: ${String(status)}`);
  return json.access_token as string;
}

/** The keys of the journal and the manifest's record number, read straight from IndexedDB. */
export async function rawState(
  database: string,
): Promise<{ seq: number; journal: number[]; manifest: Record<string, unknown> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error('open failed'));
    };
  });
  return new Promise((resolve) => {
    const tx = db.transaction(['tenant', 'journal'], 'readonly');
    const manifest = tx.objectStore('tenant').get('current');
    const keys = tx.objectStore('journal').getAllKeys();
    tx.oncomplete = () => {
      db.close();
      resolve({
        seq: (manifest.result as { seq?: number }).seq ?? 0,
        journal: keys.result.map(Number),
        manifest: manifest.result as Record<string, unknown>,
      });
    };
  });
}
