/**
 * Where a live session's roles come from. First the ID token's `wids` claim (role template ids;
 * the app registration emits it with `groupMembershipClaims: "DirectoryRole"` or the optional
 * claim). A registration that emits no such claim leaves the token without `wids`: then the roles
 * are read from Graph (`GET /me/memberOf`, its `directoryRole` objects' `roleTemplateId`). Either
 * way they are named through the engine's roles table, so the permission checks are the sandbox's.
 *
 * Until that read answers the admin is shown with no role (every change disabled); if it fails the
 * admin stays so (Graph would refuse the changes anyway).
 */
import { rolesOfTemplateIds, type RoleName } from './roles';
import { useSessionStore } from './session-store';

/** Reads the signed-in admin's directory role template ids (`GET /me/memberOf`). */
export type RoleTemplateReader = () => Promise<readonly string[]>;

/** The roles in an ID token's claims, or null when it carries no `wids` claim at all. */
export function rolesOfClaims(
  claims: Readonly<Record<string, unknown>> | undefined,
): RoleName[] | null {
  const wids = claims?.wids;
  return Array.isArray(wids) ? rolesOfTemplateIds(wids.map(String)) : null;
}

/** What the session needs of a signed-in account. */
export interface LiveAccount {
  readonly userPrincipalName: string;
  readonly displayName: string | null;
  readonly claims: Readonly<Record<string, unknown>> | undefined;
  /** The tenant signed in to (the ID token's `tid`), when known. */
  readonly tenantId?: string;
}

/**
 * Signs the account in with the roles of its token; without `wids`, with those `readRoles`
 * finds (applied only while the same account is still signed in). Resolves when the roles are known.
 */
export async function signInWithRoles(
  account: LiveAccount,
  readRoles: RoleTemplateReader | null,
): Promise<void> {
  const fromToken = rolesOfClaims(account.claims);
  const store = useSessionStore.getState();
  store.signIn({
    userPrincipalName: account.userPrincipalName,
    displayName: account.displayName,
    roles: fromToken ?? [],
    accessToken: '',
    ...(account.tenantId ? { tenantId: account.tenantId } : {}),
  });
  if (fromToken !== null || readRoles === null) return;
  const templateIds = await readRoles();
  store.setRoles(account.userPrincipalName, rolesOfTemplateIds(templateIds));
}
