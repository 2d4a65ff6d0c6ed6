/**
 * The page-to-worker path of the embedded emulator, run in Node: MSW handlers forward each request
 * through Comlink over a real MessageChannel (as the page does to its Web Worker) to the emulator
 * service over a real IndexedDB implementation (fake-indexeddb), and answer with its response.
 */
import 'fake-indexeddb/auto';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose, transfer, wrap } from 'comlink';
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedEmulator, type EmbeddedEmulator } from '../persistence/embedded';
import { createEmulatorService, type EmulatorService } from './emulator-service';
import { forwardingHandlers } from './forward';
import { requestToWire, transferables } from '../../src/lib/graph/wire';

const GRAPH = 'https://graph.microsoft.com';
const ADMIN = 'admin@contoso.onmicrosoft.com';
let databases = 0;
const ports: MessagePort[] = [];
const backends: EmbeddedEmulator[] = [];

/** The service behind Comlink on one end of a MessageChannel, as the worker exposes it. */
function overChannel(service: EmulatorService) {
  const channel = new MessageChannel();
  ports.push(channel.port1, channel.port2);
  expose(service, channel.port1 as unknown as Parameters<typeof expose>[1]);
  return wrap<EmulatorService>(channel.port2 as unknown as Parameters<typeof wrap>[0]);
}

/** A fresh emulator on its own database (the empty seed unless told). */
function freshService(seed: 'empty' | 'default' = 'empty'): {
  service: EmulatorService;
  options: { seed: 'empty' | 'default'; database: string };
} {
  const service = createEmulatorService(async (options) => {
    const backend = await openEmbeddedEmulator(options);
    backends.push(backend);
    return backend;
  });
  return { service, options: { seed, database: `forward-test-${String(++databases)}` } };
}

const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  for (const backend of backends.splice(0)) backend.stop();
  for (const port of ports.splice(0)) port.close();
});
afterAll(() => {
  server.close();
});

async function tokenFor(upn = ADMIN): Promise<string> {
  const response = await fetch(`${GRAPH}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: upn }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('the page forwards Graph requests to the emulator worker', () => {
  it('answers reads, changes, empty answers and errors exactly as the emulator does', async () => {
    const { service, options } = freshService();
    const remote = overChannel(service);
    server.use(...forwardingHandlers(remote, remote.start(options)));
    const auth = { Authorization: `Bearer ${await tokenFor()}` };

    const created = await fetch(`${GRAPH}/v1.0/users`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json', 'client-request-id': 'abc-123' },
      body: JSON.stringify({
        accountEnabled: true,
        displayName: 'Forwarded Fran',
        mailNickname: 'fran',
        userPrincipalName: 'fran@contoso.com',
        passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
      }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('client-request-id')).toBe('abc-123');
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    const user = (await created.json()) as { id: string; displayName: string };
    expect(user.displayName).toBe('Forwarded Fran');

    const patched = await fetch(`${GRAPH}/v1.0/users/${user.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ jobTitle: 'Pilot' }),
    });
    expect(patched.status).toBe(204);
    expect(await patched.text()).toBe('');

    const read = await fetch(`${GRAPH}/v1.0/users/fran@contoso.com?$select=id,jobTitle`, {
      headers: auth,
    });
    expect(await read.json()).toEqual({
      '@odata.context': `${GRAPH}/v1.0/$metadata#users(id,jobTitle)/$entity`,
      id: user.id,
      jobTitle: 'Pilot',
    });

    const missing = await fetch(`${GRAPH}/v1.0/users/nobody@contoso.com`, { headers: auth });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe(
      'Request_ResourceNotFound',
    );
  });

  it('gives the same answers as the emulator without the worker hop', async () => {
    const { service, options } = freshService('default');
    const remote = overChannel(service);
    const ready = remote.start(options);
    server.use(...forwardingHandlers(remote, ready));
    await ready;
    const direct = backends[0];
    if (!direct) throw new Error('the emulator did not open');
    const auth = { Authorization: `Bearer ${await tokenFor()}`, ConsistencyLevel: 'eventual' };
    for (const path of [
      '/v1.0/users?$select=id,displayName,assignedLicenses&$top=50&$count=true',
      `/v1.0/users?$search=${encodeURIComponent('"displayName:meg"')}&$count=true`,
      '/v1.0/groups?$select=id,displayName,assignedLicenses',
      '/v1.0/subscribedSkus',
    ]) {
      const forwarded = await fetch(`${GRAPH}${path}`, { headers: auth });
      const answer = await getResponse(
        direct.handlers,
        new Request(`${GRAPH}${path}`, { headers: auth }),
      );
      expect(forwarded.status, path).toBe(answer?.status);
      expect(await forwarded.json(), path).toEqual(await answer?.json());
    }
  }, 30_000);

  it('moves request and response bodies across instead of copying them', async () => {
    const { service, options } = freshService();
    const remote = overChannel(service);
    await remote.start(options);
    const wire = await requestToWire(
      new Request(`${GRAPH}/_emulator/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: ADMIN }),
      }),
    );
    const sent = wire.body;
    expect(sent?.byteLength).toBeGreaterThan(0);
    const answer = await remote.handle(transfer(wire, transferables(wire)));
    expect(sent?.byteLength).toBe(0);
    expect(answer?.status).toBe(200);
    expect(answer?.body).toBeInstanceOf(ArrayBuffer);
  });

  it('holds requests made while the tenant loads, and answers them once it has', async () => {
    const { service, options } = freshService();
    const remote = overChannel(service);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    let waiting: () => void = () => undefined;
    const waited = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    // `ready` as the handler awaits it: tells the test the moment a request starts waiting.
    const ready: PromiseLike<unknown> = {
      then(onFulfilled, onRejected) {
        waiting();
        return gate.then(() => remote.start(options)).then(onFulfilled, onRejected);
      },
    };
    let handled = 0;
    server.use(
      ...forwardingHandlers(
        {
          handle: (request) => {
            handled++;
            return remote.handle(request);
          },
        },
        ready,
      ),
    );
    let answered = false;
    const pending = fetch(`${GRAPH}/_emulator/admins`).then((response) => {
      answered = true;
      return response;
    });
    await waited;
    expect(handled).toBe(0);
    expect(answered).toBe(false);
    open();
    expect((await pending).status).toBe(200);
    expect(handled).toBe(1);
  });

  it('answers 503 in Graph’s envelope, saying why, when the emulator could not start', async () => {
    const service = createEmulatorService(() =>
      Promise.reject(new Error('IndexedDB is not available')),
    );
    const remote = overChannel(service);
    const ready = remote.start({ seed: 'empty' });
    ready.catch(() => undefined);
    server.use(...forwardingHandlers(remote, ready));
    const response = await fetch(`${GRAPH}/v1.0/me`, {
      headers: { 'client-request-id': 'req-1' },
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('serviceNotAvailable');
    expect(body.error.message).toBe(
      'The embedded Graph emulator is not available: IndexedDB is not available',
    );
    expect(body.error.innerError['client-request-id']).toBe('req-1');
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves every other request alone (the portal’s own files pass through)', async () => {
    const handlers = forwardingHandlers(
      {
        handle: () => Promise.reject(new Error('must not be called')),
      },
      Promise.resolve(),
    );
    for (const url of [
      'http://127.0.0.1:4173/assets/index.js',
      'http://127.0.0.1:4173/licenses',
      `${GRAPH}/beta/users`,
    ])
      expect(await getResponse(handlers, new Request(url)), url).toBeUndefined();
  });
});
