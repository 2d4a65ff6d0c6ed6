import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, resetTestTenant, testEmulator } from '../../test/emulator';
import { graph } from '../graph/graph';
import { DEFAULT_GRAPH_BASE_URL, emulatorControlUrl } from '../graph/graph-config';
import type { User } from '../graph/graph-types';
import { useSessionStore } from './session-store';
import { signInAs } from './sign-in';

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
});
