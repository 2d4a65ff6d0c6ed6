/**
 * The pipeline's persist step on the HTTP server: a change is answered once the saver has it; a
 * saver that fails means the change is not durable, answered 503 in Graph's envelope (the
 * persistence layer decides what becomes of the change itself).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotSink } from '../persistence/autosave';
import { startServer, type RunningServer } from './http-server';

let server: RunningServer;
let failing = false;
const sink: SnapshotSink = {
  save: () => (failing ? Promise.reject(new Error('disk full')) : Promise.resolve()),
};

beforeAll(async () => {
  server = await startServer({ seed: 'empty', clock: 'manual', persist: sink });
});
afterAll(async () => {
  failing = false;
  await server.close();
});

describe('the persist step', () => {
  it('answers 503 serviceNotAvailable in Graph envelope when the save fails', async () => {
    const token = (await (
      await fetch(`${server.origin}/_emulator/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
      })
    ).json()) as { access_token: string };
    failing = true;
    const response = await fetch(`${server.origin}/v1.0/users`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token.access_token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        accountEnabled: true,
        displayName: 'Not durable',
        mailNickname: 'notdurable',
        userPrincipalName: 'not.durable@contoso.com',
        passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
      }),
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('serviceNotAvailable');
    expect(body.error.message).toMatch(/could not be saved/);
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
  });
});
