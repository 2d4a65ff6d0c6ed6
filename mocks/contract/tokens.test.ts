/**
 * Access tokens and resets: a reset starts a new tenant whose id streams begin again, yet a token
 * of the old tenant never comes back to life for the new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('empty');
});
afterAll(async () => {
  await h.close();
});

async function issue(upn = 'admin@contoso.onmicrosoft.com'): Promise<string> {
  const { status, json } = await h.control('POST', '/token', { userPrincipalName: upn });
  expect(status).toBe(200);
  return json.access_token as string;
}

describe('tokens across resets', () => {
  it('a token issued before a reset answers 401 after it, and the new tenant never hands it out again', async () => {
    const before = [await issue(), await issue()];
    for (const token of before) expect((await h.raw('GET', '/me', { token })).status).toBe(200);
    const seen = new Set(before);
    for (let reset = 1; reset <= 3; reset++) {
      const { status } = await h.control('POST', '/reset', { seed: 'empty' });
      expect(status).toBe(200);
      for (const token of seen) {
        const response = await h.raw('GET', '/me', { token });
        expect(response.status).toBe(401);
        assertGraphError(response.json, 'InvalidAuthenticationToken');
      }
      const fresh = [await issue(), await issue()];
      for (const token of fresh) {
        expect(seen.has(token)).toBe(false);
        expect((await h.raw('GET', '/me', { token })).status).toBe(200);
        seen.add(token);
      }
    }
  });

  it('tokens are unique within a tenant too', async () => {
    const tokens = await Promise.all(Array.from({ length: 20 }, () => issue()));
    expect(new Set(tokens).size).toBe(20);
  });
});
