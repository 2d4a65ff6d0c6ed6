import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, resetTestTenant, testEmulator } from '../../test/emulator';
import { graph } from '../graph/graph';
import { DEFAULT_GRAPH_BASE_URL, emulatorControlUrl } from '../graph/graph-config';
import type { User } from '../graph/graph-types';
import { useSessionStore } from './session-store';
import { resetSession, signInAs } from './sign-in';
import { resetTenant } from '../graph/emulator-control';

async function advanceClock(advance: string): Promise<void> {
  const response = await fetch(`${emulatorControlUrl()}/clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance }),
  });
  expect(response.status).toBe(200);
}

describe('the signed-in session', () => {
  beforeEach(() => {
    testEmulator();
    resetTestTenant('empty');
    useSessionStore.getState().signOut();
  });

  it('renews an expired token without the admin noticing', async () => {
    const account = await signInAs(ADMIN.global);
    expect((await graph.get<User>('/me?$select=userPrincipalName')).userPrincipalName).toBe(
      ADMIN.global,
    );

    // Tokens live an hour of emulator time (expires_in 3600).
    await advanceClock('PT2H');
    const stale = await fetch(`${DEFAULT_GRAPH_BASE_URL}/me`, {
      headers: { Authorization: `Bearer ${account.accessToken}` },
    });
    expect(stale.status).toBe(401);

    const me = await graph.get<User>('/me?$select=userPrincipalName');
    expect(me.userPrincipalName).toBe(ADMIN.global);
    const renewed = useSessionStore.getState().account;
    expect(renewed?.userPrincipalName).toBe(ADMIN.global);
    expect(renewed?.accessToken).not.toBe(account.accessToken);
  });

  it('sends nothing with the token a reset revokes: a request made meanwhile waits for the new one', async () => {
    const account = await signInAs(ADMIN.global);
    const statuses: number[] = [];
    const listener = ({ request, response }: { request: Request; response: Response }) => {
      if (request.url.includes('/v1.0/me')) statuses.push(response.status);
    };
    testEmulator().server.events.on('response:mocked', listener);

    let forgotten = 0;
    const reset = resetSession(
      async () => {
        await resetTenant();
        // The reset is done and the old token revoked; the portal asks Graph something now.
        meanwhile = graph.get<User>('/me?$select=userPrincipalName');
      },
      () => (forgotten += 1),
    );
    let meanwhile: Promise<User> | null = null;
    const token = await reset;
    const me = await (meanwhile as Promise<User> | null);
    testEmulator().server.events.removeListener('response:mocked', listener);

    expect(token).not.toBe(account.accessToken);
    expect(useSessionStore.getState().account?.accessToken).toBe(token);
    expect(me?.userPrincipalName).toBe(ADMIN.global);
    expect(statuses).toEqual([200]);
    expect(forgotten).toBe(1);
  });

  it('renews the token and rethrows when the reset fails', async () => {
    const account = await signInAs(ADMIN.global);
    await expect(resetSession(() => Promise.reject(new Error('reset refused')))).rejects.toThrow(
      'reset refused',
    );
    expect(useSessionStore.getState().account?.userPrincipalName).toBe(ADMIN.global);
    expect(useSessionStore.getState().account?.accessToken).not.toBe(account.accessToken);
  });
});
