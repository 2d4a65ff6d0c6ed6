/**
 * Entra's own protections, checked before a change is made:
 *
 * - The last Global Administrator (the last enabled account holding the role) can't be deleted or
 *   disabled: an organization always keeps one. No emulator endpoint removes a role assignment;
 *   deleting the account is the only way an account loses its role, and it is refused here.
 * - Sensitive actions on a user (Microsoft's "Who can perform sensitive actions": delete, disable
 *   or enable, and update `userPrincipalName`, `businessPhones`, `mobilePhone`, `otherMails`,
 *   `passwordProfile`; the emulator adds `displayName`, so an administrator can't be renamed
 *   either) are allowed to a User Administrator only on accounts whose roles it may manage:
 *   of the roles the emulator models, Groups Administrator, Reports Reader, User Administrator
 *   and none; never Global Administrator, License Administrator or Global Reader, and never a
 *   member of a role-assignable group. A Global Administrator may act on everyone.
 * - Role-assignable groups (`isAssignableToRole`) are created, changed, deleted and given
 *   members only by a Global Administrator (Privileged Role Administrator is not modelled).
 *
 * Refusals are Graph's 403 `Authorization_RequestDenied` ("Insufficient privileges to complete
 * the operation."), except the last Global Administrator: a 400 whose words are the emulator's
 * (Graph documents none).
 */
import type { RoleName } from './auth';
import { graphError } from './errors';
import type { JsonObject } from './pipeline/route';
import type { StoreReader } from './store';

const GLOBAL_ADMIN: RoleName = 'Global Administrator';

/** Roles whose holders a User Administrator may perform sensitive actions on. */
export const USER_ADMIN_MANAGES: readonly RoleName[] = [
  'Groups Administrator',
  'Reports Reader',
  'User Administrator',
];

/** Body properties of `PATCH /users/{id}` whose change is a sensitive action. */
export const SENSITIVE_PROPERTIES: readonly string[] = [
  'accountEnabled',
  'businessPhones',
  'mobilePhone',
  'otherMails',
  'passwordProfile',
  'userPrincipalName',
  'displayName',
];

/** The emulator's words for the last Global Administrator. */
export const LAST_GLOBAL_ADMIN =
  "The last Global Administrator of the organization can't be deleted or disabled: an organization always keeps at least one. Assign the Global Administrator role to another account first.";

/** What an admin asks to do to a user. */
export type UserAction =
  { readonly kind: 'delete' } | { readonly kind: 'update'; readonly body: JsonObject };

function inRoleAssignableGroup(store: StoreReader, userId: string): boolean {
  return store.tenant
    .memberOf(userId)
    .some((groupId) => store.groups.get(groupId)?.isAssignableToRole === true);
}

function isOtherEnabledGlobalAdmin(store: StoreReader, id: string, target: string): boolean {
  return (
    id !== target &&
    store.rolesOf(id).includes(GLOBAL_ADMIN) &&
    store.tenant.profile(id)?.accountEnabled === true
  );
}

/** Throws unless `adminRoles` may do `action` to the user `targetId` (an existing user). */
export function checkUserAction(
  store: StoreReader,
  adminRoles: readonly RoleName[],
  targetId: string,
  action: UserAction,
): void {
  const sensitive =
    action.kind === 'delete' ||
    Object.keys(action.body).some((key) => SENSITIVE_PROPERTIES.includes(key));
  if (!sensitive) return;
  const targetRoles = store.rolesOf(targetId);
  if (!adminRoles.includes(GLOBAL_ADMIN)) {
    const managed =
      targetRoles.every((role) => USER_ADMIN_MANAGES.includes(role)) &&
      !inRoleAssignableGroup(store, targetId);
    if (!managed) throw graphError.forbidden();
  }
  const removes = action.kind === 'delete' || action.body.accountEnabled === false;
  if (
    removes &&
    targetRoles.includes(GLOBAL_ADMIN) &&
    ![...store.admins.keys()].some((id) => isOtherEnabledGlobalAdmin(store, id, targetId))
  )
    throw graphError.badRequest(LAST_GLOBAL_ADMIN);
}

/** Throws unless the admin may create or change a group that is role-assignable. */
export function checkRoleAssignableGroup(
  adminRoles: readonly RoleName[],
  isAssignableToRole: boolean | undefined,
): void {
  if (isAssignableToRole === true && !adminRoles.includes(GLOBAL_ADMIN))
    throw graphError.forbidden();
}
