import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from './node';

const { server, emulator } = createTestServer({ seed: 'empty' });

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
});

describe('setupServer in Vitest', () => {
  it('answers https://graph.microsoft.com/v1.0 with the same handlers', async () => {
    const tokenResponse = await fetch('https://graph.microsoft.com/_emulator/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    });
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const me = await fetch('https://graph.microsoft.com/v1.0/me', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { userPrincipalName: string }).userPrincipalName).toBe(
      'admin@contoso.onmicrosoft.com',
    );
    expect(emulator.store.users.size).toBe(1);
  });
});

describe('the graph profile through MSW (the path the embedded emulator answers by)', () => {
  it('is switched by POST /_emulator/profile and batches answer through the same handlers', async () => {
    const post = (url: string, body: unknown, token?: string) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const { access_token: token } = (await (
      await post('https://graph.microsoft.com/_emulator/token', {
        userPrincipalName: 'admin@contoso.onmicrosoft.com',
      })
    ).json()) as { access_token: string };
    const set = await post('https://graph.microsoft.com/_emulator/profile', {
      profile: 'graph',
      throttle: { rate: 1, retryAfter: 5 },
    });
    expect(set.status).toBe(200);
    expect(emulator.profile.name).toBe('graph');
    const answer = await post(
      'https://graph.microsoft.com/v1.0/$batch',
      { requests: [{ id: 'me', method: 'GET', url: '/me' }] },
      token,
    );
    expect(answer.status).toBe(200);
    const { responses } = (await answer.json()) as {
      responses: { id: string; status: number; headers: Record<string, string> }[];
    };
    expect(responses.map((r) => [r.id, r.status, r.headers['Retry-After']])).toEqual([
      ['me', 429, '5'],
    ]);
    await post('https://graph.microsoft.com/_emulator/profile', { profile: 'default' });
    expect(emulator.profile.name).toBe('default');
  });
});
