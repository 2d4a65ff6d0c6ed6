/**
 * Access tokens: random, expiring on the emulator clock, revoked with their account, stored only
 * as hashes; and across resets a token of the old tenant never comes back to life.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStore } from '../persistence/codec';
import { assertGraphError, startHarness, type Harness } from './support';

const ADMIN = 'admin@contoso.onmicrosoft.com';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('empty');
});
afterAll(async () => {
  await h.close();
});

async function issue(upn = ADMIN): Promise<string> {
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

describe('tokens (issue #11)', () => {
  it('are unpredictable: two fresh emulators of the same seed hand out different first tokens', async () => {
    const first = await Promise.all([startHarness('empty'), startHarness('empty')]);
    try {
      const tokens = await Promise.all(
        first.map(
          async (other) =>
            (await other.control('POST', '/token', { userPrincipalName: ADMIN })).json
              .access_token as string,
        ),
      );
      expect(tokens[0]).not.toBe(tokens[1]);
    } finally {
      await Promise.all(first.map((other) => other.close()));
    }
  });

  it('carry 256 random bits after their expiry', async () => {
    expect(await issue()).toMatch(/^emu1\.\d+\.[A-Za-z0-9_-]{43}$/);
  });

  it('expire on the emulator clock after expires_in, with Graph 401 InvalidAuthenticationToken', async () => {
    const { json } = await h.control('POST', '/token', { userPrincipalName: ADMIN });
    const token = json.access_token as string;
    expect(json.expires_in).toBe(3600);
    await h.control('POST', '/clock', { advance: 'PT59M59S' });
    expect((await h.raw('GET', '/me', { token })).status).toBe(200);
    await h.control('POST', '/clock', { advance: 'PT1S' });
    const expired = await h.raw('GET', '/me', { token });
    expect(expired.status).toBe(401);
    assertGraphError(expired.json, 'InvalidAuthenticationToken');
    expect((expired.json.error as { message: string }).message).toBe(
      'Lifetime validation failed, the token is expired.',
    );
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('are revoked when the account is disabled (and stay revoked when it is enabled again) or deleted', async () => {
    await h.control('POST', '/reset', { seed: 'default' });
    const reader = 'global.reader@contoso.onmicrosoft.com';
    const token = await issue(reader);
    const id = (await h.raw('GET', `/users/${reader}?$select=id`)).json.id as string;
    expect((await h.raw('GET', '/me', { token })).status).toBe(200);

    expect(
      (await h.raw('PATCH', `/users/${id}`, { body: JSON.stringify({ accountEnabled: false }) }))
        .status,
    ).toBe(204);
    expect((await h.raw('GET', '/me', { token })).status).toBe(401);
    const refused = await h.control('POST', '/token', { userPrincipalName: reader });
    expect(refused.status).toBe(400);
    expect((refused.json.error as { message: string }).message).toMatch(/disabled/);

    expect(
      (await h.raw('PATCH', `/users/${id}`, { body: JSON.stringify({ accountEnabled: true }) }))
        .status,
    ).toBe(204);
    expect((await h.raw('GET', '/me', { token })).status).toBe(401);
    const fresh = await issue(reader);
    expect((await h.raw('GET', '/me', { token: fresh })).status).toBe(200);

    expect((await h.raw('DELETE', `/users/${id}`)).status).toBe(204);
    expect((await h.raw('GET', '/me', { token: fresh })).status).toBe(401);
  });

  it('are kept in the tenant (and its saved snapshot) only as SHA-256 hashes', async () => {
    const token = await issue();
    const store = h.server.emulator.store;
    const saved = JSON.stringify(exportStore(store));
    expect(saved).not.toContain(token);
    expect(saved).not.toContain(token.split('.')[2] ?? token);
    const hash = createHash('sha256').update(token).digest('hex');
    const keys = exportStore(store).tokens.map(([key]) => key);
    expect(keys).toContain(`${token.split('.')[1] ?? ''}.${hash}`);
    for (const key of keys) expect(key).toMatch(/^\d+\.[0-9a-f]{64}$/);
  });
});
