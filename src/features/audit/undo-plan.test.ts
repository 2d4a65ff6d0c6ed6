import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditTarget } from '../../api/types';
import { undoPlanOf } from './undo-plan';
import { mirrors, reversedRecord } from './undo-reverses';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const TEAMS = '57ff2da0-773e-42df-b2af-ffb7a2317929';
const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5';
const license = (sku: string, plans: string[] = []) =>
  `[SkuName=X, SkuId=${sku}, DisabledPlans=[${plans.join(',')}]]`;
const list = (...items: string[]) => JSON.stringify(items);

const admin = {
  kind: 'user',
  id: 'a',
  displayName: 'Admin',
  userPrincipalName: 'admin@contoso.com',
  ipAddress: null,
} as const;

let n = 0;
function entry(
  activity: string,
  targets: AuditTarget[],
  extra: Partial<AuditEntry> = {},
): AuditEntry {
  n += 1;
  return {
    id: `e${String(n)}`,
    activityDateTime: `2026-11-01T09:00:${String(n).padStart(2, '0')}Z`,
    activityDisplayName: activity,
    category: null,
    correlationId: null,
    loggedByService: 'Core Directory',
    operationType: null,
    result: 'success',
    resultReason: null,
    initiatedBy: admin,
    targets,
    additionalDetails: [],
    raw: {},
    ...extra,
  };
}
const target = (
  type: string,
  id: string,
  props: [string, string | null, string | null][] = [],
): AuditTarget => ({
  id,
  displayName: id,
  type,
  userPrincipalName: null,
  modifiedProperties: props.map(([name, oldValue, newValue]) => ({ name, oldValue, newValue })),
});

describe('what reverses a record', () => {
  it('a plan toggle: the old disabled plans are assigned again', () => {
    const verdict = undoPlanOf(
      entry('Set group license', [
        target('Group', 'g', [
          ['AssignedLicense', list(license(E3, [TEAMS])), list(license(E3, []))],
        ]),
      ]),
    );
    expect(verdict.ok && verdict.plan.kind === 'groupLicense' && verdict.plan.change).toEqual({
      add: [{ skuId: E3, disabledPlans: [TEAMS] }],
      remove: [],
    });
  });

  it('a product added to a user directly: removed again, and only that product', () => {
    const verdict = undoPlanOf(
      entry('Change user license', [
        target('User', 'u', [
          ['AssignedLicense', list(license(E3)), list(license(E3), license(VISIO))],
        ]),
      ]),
    );
    expect(verdict.ok && verdict.plan.kind === 'userLicense' && verdict.plan.change).toEqual({
      add: [],
      remove: [VISIO],
    });
  });

  it.each([
    [
      'an app',
      { initiatedBy: { kind: 'app', displayName: 'Microsoft Approval Management' } },
      'Add member to group',
      'system',
    ],
    [
      'the licensing service',
      { initiatedBy: { kind: 'app', displayName: 'Microsoft Azure AD Group-Based Licensing' } },
      'Change user license',
      'processing',
    ],
    ['a failed change', { result: 'failure' }, 'Set group license', 'failed'],
    ['an activity not reversed', {}, 'Update user', 'unsupported'],
    ['an admin reprocess', {}, 'Trigger group license recalculation', 'processing'],
  ] as const)('refuses %s', (_name, extra, activity, reason) => {
    const verdict = undoPlanOf(entry(activity, [target('Group', 'g'), target('User', 'u')], extra));
    expect(verdict).toEqual({ ok: false, reason });
  });

  it('refuses a rule added to a static group (its membership type changes) and a change of nothing', () => {
    const added = entry('Update group', [
      target('Group', 'g', [['MembershipRule', '[]', list('a')]]),
    ]);
    const same = entry('Change user license', [
      target('User', 'u', [['AssignedLicense', list(license(E3)), list(license(E3))]]),
    ]);
    expect(undoPlanOf(added)).toEqual({ ok: false, reason: 'unsupported' });
    expect(undoPlanOf(same)).toEqual({ ok: false, reason: 'noChange' });
  });
});

describe('the record an entry reverses', () => {
  const toggle = (from: string[], to: string[]) =>
    entry('Set group license', [
      target('Group', 'g', [['AssignedLicense', list(license(E3, from)), list(license(E3, to))]]),
    ]);

  it('is the latest earlier change of the same object that it mirrors', () => {
    const older = toggle([], [TEAMS]);
    const record = toggle([TEAMS], []);
    const undo = toggle([], [TEAMS]);
    // Newest first, as the log lists them.
    expect(reversedRecord(undo, [undo, record, older])?.id).toBe(record.id);
    expect(reversedRecord(record, [undo, record, older])?.id).toBe(older.id);
  });

  it('a member added is reversed by the same member removed, not by another member', () => {
    const add = entry('Add member to group', [target('Group', 'g'), target('User', 'u')]);
    const removeOther = entry('Remove member from group', [
      target('Group', 'g'),
      target('User', 'v'),
    ]);
    const remove = entry('Remove member from group', [target('Group', 'g'), target('User', 'u')]);
    const plan = (e: AuditEntry) => {
      const verdict = undoPlanOf(e);
      if (!verdict.ok) throw new Error('not undoable');
      return verdict.plan;
    };
    expect(mirrors(plan(remove), plan(add))).toBe(true);
    expect(mirrors(plan(removeOther), plan(add))).toBe(false);
  });
});
