/** Whether the signed-in admin's role allows an action, and what to tell them when it does not. */
import { isAllowed, rolesAllowing, type Action } from './roles';
import { useAccount } from './session-store';

export interface Permission {
  readonly allowed: boolean;
  /** Why not, naming the roles that may: shown in the control's tooltip. Null when allowed. */
  readonly reason: string | null;
}

function listRoles(roles: readonly string[]): string {
  if (roles.length <= 1) return roles[0] ?? 'an administrator role';
  return `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1] ?? ''}`;
}

/** The text for a refused action, for the current roles. */
export function permissionReason(action: Action, currentRoles: readonly string[]): string {
  const current = currentRoles.length > 0 ? currentRoles.join(', ') : 'no administrator role';
  return `Requires ${listRoles(rolesAllowing(action))}. You are signed in as ${current}.`;
}

/** `usePermission('group.assignLicense')` → `{ allowed, reason }` for the signed-in admin. */
export function usePermission(action: Action): Permission {
  const roles = useAccount()?.roles ?? [];
  const allowed = isAllowed(roles, action);
  return { allowed, reason: allowed ? null : permissionReason(action, roles) };
}
