/**
 * The in-browser Graph emulator, driven from a journey: its control API (`/_emulator/…`, no
 * token) and Graph as an admin. The emulator lives in the page (MSW), so every call runs inside
 * the page, against one base URL.
 */
import { expect, type Page } from '@playwright/test';
import { ADMIN } from './accounts';

/** Where the portal's embedded emulator answers. */
const ORIGIN = 'https://graph.microsoft.com';
const GRAPH = `${ORIGIN}/v1.0`;
const CONTROL = `${ORIGIN}/_emulator`;

/** Opens the portal when the page has not loaded it yet (the emulator starts with it). */
async function openPortal(page: Page): Promise<void> {
  if (page.url().startsWith('http')) return;
  await page.goto('/');
  // The sign-in page or the shell, in whichever language the browser asks for: both are a <main>.
  await expect(page.getByRole('main')).toBeVisible({ timeout: 30_000 });
}

/** A call to the emulator's control API; returns its JSON answer, throws on a failure. */
export async function emulatorControl(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<unknown> {
  await openPortal(page);
  return page.evaluate(
    async ({ url, method, body }) => {
      const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(url, init);
      if (!response.ok)
        throw new Error(`${method} ${url}: ${String(response.status)} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    },
    { url: `${CONTROL}${path}`, method, body },
  );
}

/** Puts the demo tenant back to a seed. Sign in afterwards: the old tokens are forgotten. */
export async function resetTenant(
  page: Page,
  seed: 'default' | 'empty' | 'large' = 'default',
): Promise<void> {
  await emulatorControl(page, 'POST', '/reset', { seed });
}

/** Resolves when the emulator's background licence processing is idle. */
export async function waitForLicenseProcessing(page: Page): Promise<void> {
  await emulatorControl(page, 'POST', '/processing/wait');
}

/** A Graph call as an admin (the Global Administrator unless told); the status and JSON body. */
export async function graphAs(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  as: string = ADMIN.global,
): Promise<{ status: number; json: unknown }> {
  await openPortal(page);
  return page.evaluate(
    async ({ graph, control, method, path, body, as }) => {
      const tokenResponse = await fetch(`${control}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: as }),
      });
      const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
      const init: RequestInit = {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          ConsistencyLevel: 'eventual',
        },
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(path.startsWith('https://') ? path : `${graph}${path}`, init);
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : {}) as unknown };
    },
    { graph: GRAPH, control: CONTROL, method, path, body, as },
  );
}

/** `GET` a Graph path (or a nextLink) as the Global Administrator; throws unless 200. */
export async function graphGet<T>(page: Page, path: string): Promise<T> {
  const { status, json } = await graphAs(page, 'GET', path);
  if (status !== 200) throw new Error(`GET ${path}: ${String(status)} ${JSON.stringify(json)}`);
  return json as T;
}

/** Every page of a Graph collection. */
export async function graphAll<T>(page: Page, path: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  while (next) {
    const collection: { value: T[]; '@odata.nextLink'?: string } = await graphGet(page, next);
    out.push(...collection.value);
    next = collection['@odata.nextLink'];
  }
  return out;
}

/** A group's id by display name. */
export async function groupIdByName(page: Page, name: string): Promise<string> {
  const filter = encodeURIComponent(`displayName eq '${name.replaceAll("'", "''")}'`);
  const groups = await graphAll<{ id: string }>(page, `/groups?$filter=${filter}&$select=id`);
  const id = groups[0]?.id;
  if (!id) throw new Error(`No group named ${name}`);
  return id;
}
