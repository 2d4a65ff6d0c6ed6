import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ROLE_ACTIONS,
  ROLE_NAMES,
  ROLE_TEMPLATE_IDS,
  isAllowed,
  isRoleName,
  readsOnly,
  rolesAllowing,
  rolesOfTemplateIds,
  type Action,
  type RoleName,
} from './roles';

/** LICENSING.md "Roles", sentence by sentence. */
const CONTRACT: readonly (readonly [RoleName, Action, boolean])[] = [
  ['License Administrator', 'group.assignLicense', true],
  ['License Administrator', 'user.updateUsageLocation', true],
  ['License Administrator', 'group.reprocess', true],
  ['License Administrator', 'group.create', false],
  ['License Administrator', 'group.members', false],
  ['License Administrator', 'group.rule', false],
  ['Groups Administrator', 'group.rule', true],
  ['Groups Administrator', 'group.assignLicense', true],
  ['Groups Administrator', 'user.assignLicense', false],
  ['User Administrator', 'user.assignLicense', true],
  ['User Administrator', 'group.members', true],
  ['User Administrator', 'group.assignLicense', false],
];

describe('roles', () => {
  it('a Global Administrator may do everything; the readers change nothing', () => {
    for (const action of ACTIONS) expect(isAllowed(['Global Administrator'], action)).toBe(true);
    for (const action of ACTIONS)
      expect(isAllowed(['Global Reader', 'Reports Reader'], action)).toBe(false);
  });

  it.each(CONTRACT)('%s: %s allowed is %s', (role, action, allowed) => {
    expect(isAllowed([role], action)).toBe(allowed);
  });

  it('only a Global Administrator may reset the demo tenant', () => {
    expect(rolesAllowing('tenant.reset')).toEqual(['Global Administrator']);
  });

  it('knows a reader (or an account without a role) changes nothing', () => {
    expect(readsOnly(['Global Reader'])).toBe(true);
    expect(readsOnly(['Global Reader', 'Reports Reader'])).toBe(true);
    expect(readsOnly([])).toBe(true);
    expect(readsOnly(['Global Reader', 'User Administrator'])).toBe(false);
  });

  it('several roles allow the union of their actions', () => {
    expect(isAllowed(['Global Reader', 'License Administrator'], 'user.reprocess')).toBe(true);
    expect(isAllowed([], 'user.reprocess')).toBe(false);
  });

  it('lists the roles allowing an action, most powerful first, and knows role names', () => {
    expect(rolesAllowing('group.members')).toEqual([
      'Global Administrator',
      'Groups Administrator',
      'User Administrator',
    ]);
    expect(ROLE_NAMES).toEqual(Object.keys(ROLE_ACTIONS));
    expect(isRoleName('Reports Reader')).toBe(true);
    expect(isRoleName('Billing Administrator')).toBe(false);
  });
});

describe('role template ids', () => {
  it('names the roles a token’s wids claim holds, ignoring roles the table does not know', () => {
    expect(
      rolesOfTemplateIds([
        '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', // Directory Readers: not in the table
        'FDD7A751-B60B-444A-984C-02652FE8FA1C',
        '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
      ]),
    ).toEqual(['License Administrator', 'Groups Administrator']);
  });

  it('gives every role its own id', () => {
    expect(new Set(Object.values(ROLE_TEMPLATE_IDS)).size).toBe(ROLE_NAMES.length);
  });
});
