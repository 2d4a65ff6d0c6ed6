// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE_IDS } from '../../engine/roles';
import { rolesOfClaims, signInWithRoles } from './live-roles';
import { useSessionStore } from './session-store';

const LICENSE = ROLE_TEMPLATE_IDS['License Administrator'];
const READER = ROLE_TEMPLATE_IDS['Global Reader'];

describe("a live session's roles", () => {
  beforeEach(() => {
    useSessionStore.getState().signOut();
  });

  it('come from the wids claim when the token has one, even an empty one', () => {
    expect(rolesOfClaims({ wids: [LICENSE, 'b79fbf4d-3ef9-4689-8143-76b194e85509'] })).toEqual([
      'License Administrator',
    ]);
    expect(rolesOfClaims({ wids: [] })).toEqual([]);
    expect(rolesOfClaims({ name: 'no wids' })).toBeNull();
    expect(rolesOfClaims(undefined)).toBeNull();
  });

  it('do not ask Graph when the token carries wids', async () => {
    let asked = 0;
    await signInWithRoles(
      { userPrincipalName: 'a@contoso.com', displayName: null, claims: { wids: [READER] } },
      () => {
        asked += 1;
        return Promise.resolve([LICENSE]);
      },
    );
    expect(asked).toBe(0);
    expect(useSessionStore.getState().account?.roles).toEqual(['Global Reader']);
  });

  it('are read from Graph without wids, and not given to an account signed in since', async () => {
    let answer: (ids: readonly string[]) => void = () => undefined;
    const pending = signInWithRoles(
      { userPrincipalName: 'a@contoso.com', displayName: null, claims: {} },
      () => new Promise((resolve) => (answer = resolve)),
    );
    expect(useSessionStore.getState().account?.roles).toEqual([]);
    answer([LICENSE]);
    await pending;
    expect(useSessionStore.getState().account?.roles).toEqual(['License Administrator']);

    const late = signInWithRoles(
      { userPrincipalName: 'a@contoso.com', displayName: null, claims: {} },
      () => new Promise((resolve) => (answer = resolve)),
    );
    await signInWithRoles(
      { userPrincipalName: 'b@contoso.com', displayName: null, claims: { wids: [READER] } },
      null,
    );
    answer([LICENSE]);
    await late;
    expect(useSessionStore.getState().account).toMatchObject({
      userPrincipalName: 'b@contoso.com',
      roles: ['Global Reader'],
    });
  });
});
