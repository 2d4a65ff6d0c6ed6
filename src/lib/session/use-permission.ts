/** Whether the signed-in admin's role allows an action, and what to tell them when it does not. */
import { isAllowed, rolesAllowing, type Action } from './roles';
import { useAccount } from './session-store';

export interface Permission {
  readonly allowed: boolean;
  /** Why not, naming the roles that may: shown in the control's tooltip. Null when allowed. */
  readonly reason: string | null;
}

/** One action, or several of which any one is enough (Assign to users or to groups). */
export type Needed = Action | readonly Action[];

const listOf = (needed: Needed): readonly Action[] =>
  typeof needed === 'string' ? [needed] : needed;

function listRoles(roles: readonly string[]): string {
  if (roles.length <= 1) return roles[0] ?? 'an administrator role';
  return `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1] ?? ''}`;
}

/** The text for a refused action, for the current roles. */
export function permissionReason(needed: Needed, currentRoles: readonly string[]): string {
  const current = currentRoles.length > 0 ? currentRoles.join(', ') : 'no administrator role';
  const roles = [...new Set(listOf(needed).flatMap((action) => rolesAllowing(action)))];
  return `Requires ${listRoles(roles)}. You are signed in as ${current}.`;
}

/** `usePermission('group.assignLicense')` → `{ allowed, reason }` for the signed-in admin. */
export function usePermission(needed: Needed): Permission {
  const roles = useAccount()?.roles ?? [];
  const allowed = listOf(needed).some((action) => isAllowed(roles, action));
  return { allowed, reason: allowed ? null : permissionReason(needed, roles) };
}
