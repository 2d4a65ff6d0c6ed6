/**
 * Admin roles and what each may do (LICENSING.md, Roles). The table is data: the role tests walk
 * it, and every mutating handler names the action it needs.
 */

/** The directory roles the emulator knows, by their Entra display names. */
export type RoleName =
  | 'Global Administrator'
  | 'License Administrator'
  | 'Groups Administrator'
  | 'User Administrator'
  | 'Global Reader'
  | 'Reports Reader';

/** Every role, in the order the seeds create their admins. */
export const ROLE_NAMES: readonly RoleName[] = [
  'Global Administrator', 'License Administrator', 'Groups Administrator', 'User Administrator', 'Global Reader', 'Reports Reader',
];

/** A change an admin asks for. Reads need no action: every role may read. */
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

/** Every action, for tables in tests. */
export const ACTIONS: readonly Action[] = [
  'user.create', 'user.update', 'user.updateUsageLocation', 'user.delete', 'user.assignLicense', 'user.reprocess',
  'group.create', 'group.update', 'group.delete', 'group.members', 'group.rule', 'group.assignLicense', 'group.reprocess',
];

const licensing: readonly Action[] = ['user.assignLicense', 'user.reprocess', 'group.assignLicense', 'group.reprocess', 'user.updateUsageLocation'];

/** Role to allowed actions. Global Reader and Reports Reader change nothing. */
export const ROLE_ACTIONS: Readonly<Record<RoleName, readonly Action[]>> = {
  'Global Administrator': ACTIONS,
  'License Administrator': licensing,
  'Groups Administrator': ['group.create', 'group.update', 'group.delete', 'group.members', 'group.rule', 'group.assignLicense', 'group.reprocess'],
  'User Administrator': ['user.create', 'user.update', 'user.updateUsageLocation', 'user.delete', 'user.assignLicense', 'user.reprocess', 'group.members'],
  'Global Reader': [],
  'Reports Reader': [],
};

/** Whether any of the roles allows the action. */
export function isAllowed(roles: readonly RoleName[], action: Action): boolean {
  return roles.some((role) => ROLE_ACTIONS[role].includes(action));
}

/** Whether a string names a known role. */
export function isRoleName(value: string): value is RoleName {
  return (ROLE_NAMES as readonly string[]).includes(value);
}

/** Reads the bearer token of a request; null when the header is missing or not a bearer token. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
