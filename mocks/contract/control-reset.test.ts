/**
 * Resetting the demo tenant through the control API: with the portal's token only a Global
 * Administrator may (a refused reset changes nothing); without a token it stays a developer tool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_UPNS } from '../seeds/kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});

async function reset(seed: string, token: string) {
  const response = await fetch(`${h.origin}/_emulator/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ seed }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function userCount(): Promise<number> {
  const { json } = await h.raw('GET', '/users/$count', {
    headers: { ConsistencyLevel: 'eventual' },
  });
  return Number(json);
}

describe('POST /_emulator/reset with the portal token', () => {
  it.each([
    'Global Reader',
    'License Administrator',
    'User Administrator',
    'Groups Administrator',
    'Reports Reader',
  ] as const)('refuses a %s (403) and the tenant stays as it was', async (role) => {
    const before = await userCount();
    const refused = await reset('empty', await h.token(ADMIN_UPNS[role]));
    expect(refused.status).toBe(403);
    assertGraphError(refused.json, 'Authorization_RequestDenied');
    expect(JSON.stringify(refused.json)).toContain('Only a Global Administrator');
    expect(await userCount()).toBe(before);
  });

  it('answers 401 to a token it does not know, and resets for a Global Administrator', async () => {
    expect((await reset('empty', 'not-a-token')).status).toBe(401);
    const done = await reset('empty', await h.token(ADMIN_UPNS['Global Administrator']));
    expect(done.status).toBe(200);
    expect(done.json.seed).toBe('empty');
  });
});
