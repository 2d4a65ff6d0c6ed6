/**
 * Admin roles and what each may change (LICENSING.md, Roles). One table, read by the emulator,
 * which enforces it, and by the portal, which hides or disables what a role may not do. Pure data
 * and two small lookups; reads need no action, because every role may read.
 */

/** The directory roles the emulator knows, by their Entra display names. */
export type RoleName =
  | 'Global Administrator'
  | 'License Administrator'
  | 'Groups Administrator'
  | 'User Administrator'
  | 'Global Reader'
  | 'Reports Reader';

/** A change an admin asks for. Every mutating Graph endpoint names the one it needs. */
export type Action =
  | 'user.create'
  | 'user.update'
  | 'user.updateUsageLocation'
  | 'user.delete'
  | 'user.assignLicense'
  | 'user.reprocess'
  | 'group.create'
  | 'group.update'
  | 'group.delete'
  | 'group.members'
  | 'group.rule'
  | 'group.assignLicense'
  | 'group.reprocess';

/** Every action, in a stable order (tables in tests walk it). */
export const ACTIONS: readonly Action[] = [
  'user.create',
  'user.update',
  'user.updateUsageLocation',
  'user.delete',
  'user.assignLicense',
  'user.reprocess',
  'group.create',
  'group.update',
  'group.delete',
  'group.members',
  'group.rule',
  'group.assignLicense',
  'group.reprocess',
];

/**
 * Role to the actions it allows. Invariant: Global Administrator allows every action; Global
 * Reader and Reports Reader allow none.
 */
export const ROLE_ACTIONS: Readonly<Record<RoleName, readonly Action[]>> = {
  'Global Administrator': ACTIONS,
  'License Administrator': [
    'user.assignLicense',
    'user.reprocess',
    'group.assignLicense',
    'group.reprocess',
    'user.updateUsageLocation',
  ],
  'Groups Administrator': [
    'group.create',
    'group.update',
    'group.delete',
    'group.members',
    'group.rule',
    'group.assignLicense',
    'group.reprocess',
  ],
  'User Administrator': [
    'user.create',
    'user.update',
    'user.updateUsageLocation',
    'user.delete',
    'user.assignLicense',
    'user.reprocess',
    'group.members',
  ],
  'Global Reader': [],
  'Reports Reader': [],
};

/** Every role, most powerful first (the order seeds create their admins in). */
export const ROLE_NAMES: readonly RoleName[] = [
  'Global Administrator',
  'License Administrator',
  'Groups Administrator',
  'User Administrator',
  'Global Reader',
  'Reports Reader',
];

/** Whether any of the roles allows the action. */
export function isAllowed(roles: readonly RoleName[], action: Action): boolean {
  return roles.some((role) => ROLE_ACTIONS[role].includes(action));
}

/** The roles that allow an action, most powerful first (for "Requires …" hints). */
export function rolesAllowing(action: Action): RoleName[] {
  return ROLE_NAMES.filter((role) => ROLE_ACTIONS[role].includes(action));
}

/** Whether a string names a known role. */
export function isRoleName(value: string): value is RoleName {
  return (ROLE_NAMES as readonly string[]).includes(value);
}
