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
  | 'group.reprocess'
  | 'tenant.reset';

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
  'tenant.reset',
];

/**
 * Role to the actions it allows. Invariant: Global Administrator allows every action (and is the
 * only role that may reset the emulator's demo tenant, `tenant.reset`); Global Reader and Reports
 * Reader allow none.
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

/** Whether the roles allow no change at all (a reader, or no administrator role). */
export function readsOnly(roles: readonly RoleName[]): boolean {
  return roles.every((role) => ROLE_ACTIONS[role].length === 0);
}

/** The roles that allow an action, most powerful first (for "Requires …" hints). */
export function rolesAllowing(action: Action): RoleName[] {
  return ROLE_NAMES.filter((role) => ROLE_ACTIONS[role].includes(action));
}

/** Whether a string names a known role. */
export function isRoleName(value: string): value is RoleName {
  return (ROLE_NAMES as readonly string[]).includes(value);
}

/**
 * Each role's template id, the same in every tenant (Microsoft's "Microsoft Entra built-in roles"):
 * what a token's `wids` claim and `directoryRole.roleTemplateId` carry.
 */
export const ROLE_TEMPLATE_IDS: Readonly<Record<RoleName, string>> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'License Administrator': '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  'Groups Administrator': 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Reports Reader': '4a5d8f65-41da-4de4-8968-e035b65339cf',
};

/** The roles this table knows among role template ids (others, such as Directory Readers, drop out), most powerful first. */
export function rolesOfTemplateIds(templateIds: readonly string[]): RoleName[] {
  const held = new Set(templateIds.map((id) => id.toLowerCase()));
  return ROLE_NAMES.filter((role) => held.has(ROLE_TEMPLATE_IDS[role]));
}
