/** Live mode's roles when the ID token has no `wids` claim: read from `/me/memberOf`. */
import { beforeEach, describe, expect, it } from 'vitest';
import { ROLE_TEMPLATE_IDS } from '../engine/roles';
import { signInWithRoles } from '../lib/session/live-roles';
import { useSessionStore } from '../lib/session/session-store';
import { signInAs } from '../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { readMyRoleTemplateIds } from './session';

describe("the admin's roles from /me/memberOf", () => {
  beforeEach(() => {
    testEmulator();
    resetTestTenant('default');
    useSessionStore.getState().signOut();
  });

  it('reads the directory roles the signed-in admin holds, by template id', async () => {
    await signInAs(ADMIN.license);

    expect(await readMyRoleTemplateIds()).toEqual([ROLE_TEMPLATE_IDS['License Administrator']]);
  });

  it('lists roles only, not the groups the admin is a member of', async () => {
    await signInAs(ADMIN.global);
    expect(await readMyRoleTemplateIds()).toEqual([ROLE_TEMPLATE_IDS['Global Administrator']]);
  });

  it('gives a token without wids the roles Graph lists, and the same permission checks', async () => {
    // The emulator's own token for the admin; the "ID token" the session sees has no wids claim.
    const { accessToken } = await signInAs(ADMIN.groups);
    const signedIn = signInWithRoles(
      { userPrincipalName: ADMIN.groups, displayName: 'Groups admin', claims: { name: 'x' } },
      readMyRoleTemplateIds,
    );
    useSessionStore.getState().renewToken(accessToken, []);
    // Until Graph has answered, the admin holds no role.
    expect(useSessionStore.getState().account?.roles).toEqual([]);

    await signedIn;

    expect(useSessionStore.getState().account?.roles).toEqual(['Groups Administrator']);
  });
});
