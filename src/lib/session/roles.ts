/**
 * What each admin role may change: the UI's copy of LICENSING.md "Roles". The emulator enforces
 * the same table (mocks/graph/auth.ts, which the UI may not import); keep the two in step.
 * Reads need no action: every role may read.
 */
import type { RoleName } from '../graph/graph-types';

export type { RoleName } from '../graph/graph-types';

/** A change an admin asks for, named like the emulator's actions. */
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

const everything: readonly Action[] = [
  'user.create', 'user.update', 'user.updateUsageLocation', 'user.delete', 'user.assignLicense', 'user.reprocess',
  'group.create', 'group.update', 'group.delete', 'group.members', 'group.rule', 'group.assignLicense', 'group.reprocess',
];

/** Role → actions it allows. Global Reader and Reports Reader change nothing. */
export const ROLE_ACTIONS: Readonly<Record<RoleName, readonly Action[]>> = {
  'Global Administrator': everything,
  'License Administrator': ['user.assignLicense', 'user.reprocess', 'group.assignLicense', 'group.reprocess', 'user.updateUsageLocation'],
  'Groups Administrator': ['group.create', 'group.update', 'group.delete', 'group.members', 'group.rule', 'group.assignLicense', 'group.reprocess'],
  'User Administrator': ['user.create', 'user.update', 'user.updateUsageLocation', 'user.delete', 'user.assignLicense', 'user.reprocess', 'group.members'],
  'Global Reader': [],
  'Reports Reader': [],
};

/** Every role, most powerful first. */
export const ROLE_NAMES = Object.keys(ROLE_ACTIONS) as RoleName[];

/** Whether any of the roles allows the action. */
export function isAllowed(roles: readonly RoleName[], action: Action): boolean {
  return roles.some((role) => ROLE_ACTIONS[role].includes(action));
}

/** The roles that allow an action, for "Requires …" hints. */
export function rolesAllowing(action: Action): RoleName[] {
  return ROLE_NAMES.filter((role) => ROLE_ACTIONS[role].includes(action));
}
