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
