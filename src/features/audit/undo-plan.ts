/**
 * Undo (issue #15): what reverses an audit record, read from the record alone. An admin's
 * `Set group license` restores the group's old licences (disabled plans included), `Update group`
 * of a membership rule restores the old rule, `Add`/`Remove member from group` does the opposite,
 * and an admin's direct `Change user license` restores the user's old licences of the products it
 * changed. Everything else is refused with a reason the blade puts in words. Whether the object
 * still exists and changed since is the current state's question (`undo-state.ts`).
 */
import type { AuditEntry, AuditTarget, LicenseChange } from '../../api/types';
import { toGroupId, toPlanId, toSkuId, toUserId, type GroupId, type UserId } from '../../lib/ids';
import { parseLicenseValue, type LicenseValue } from './license-value';

export const UNDO_ACTIVITIES = {
  setGroupLicense: 'Set group license',
  updateGroup: 'Update group',
  addMember: 'Add member to group',
  removeMember: 'Remove member from group',
  changeUserLicense: 'Change user license',
} as const;

/** The steps of group licence processing (a service writes them; an admin's reprocess asks for one). */
const PROCESSING_ACTIVITIES: readonly string[] = [
  'Start applying group based license to users',
  'Finish applying group based license to users',
  'Change user license',
  'Trigger group license recalculation',
];

/** Why a record cannot be undone. */
export type UndoRefusal =
  /** A step of group licence processing: it follows a group's change; undo that change instead. */
  | 'processing'
  /** Made by a service (dynamic membership, an app), not by an admin. */
  | 'system'
  /** The change failed, so nothing changed. */
  | 'failed'
  /** An activity, or a property of one, the portal does not reverse. */
  | 'unsupported'
  /** The record changed nothing the portal can restore. */
  | 'noChange';

interface Named<Id> {
  readonly id: Id;
  readonly name: string;
}

export type UndoPlan =
  | {
      readonly kind: 'groupLicense';
      readonly group: Named<GroupId>;
      readonly old: readonly LicenseValue[];
      readonly recorded: readonly LicenseValue[];
      /** The assignLicense that restores `old`. */
      readonly change: LicenseChange;
    }
  | {
      readonly kind: 'rule';
      readonly group: Named<GroupId>;
      readonly old: string;
      readonly recorded: string;
    }
  | {
      readonly kind: 'member';
      readonly group: Named<GroupId>;
      readonly member: Named<string> & { readonly type: 'User' | 'Group' };
      /** What the record did; the undo does the opposite. */
      readonly recorded: 'added' | 'removed';
    }
  | {
      readonly kind: 'userLicense';
      readonly user: Named<UserId>;
      /** The user's old and recorded licences of the products the record changed. */
      readonly old: readonly LicenseValue[];
      readonly recorded: readonly LicenseValue[];
      readonly change: LicenseChange;
    };

export type UndoVerdict =
  | { readonly ok: true; readonly plan: UndoPlan }
  | { readonly ok: false; readonly reason: UndoRefusal };

const refuse = (reason: UndoRefusal): UndoVerdict => ({ ok: false, reason });
const lower = (id: string) => id.toLowerCase();
const named = <Id>(id: Id, target: AuditTarget): Named<Id> => ({ id, name: target.displayName });

/** A licence's plans in a canonical order, so two lists compare by value. */
const planKey = (license: LicenseValue) =>
  license.disabledPlans
    .map((p) => lower(p.id))
    .sort()
    .join(',');

/** The same products with the same disabled plans. */
export function sameLicenses(a: readonly LicenseValue[], b: readonly LicenseValue[]): boolean {
  const key = (list: readonly LicenseValue[]) =>
    list
      .map((l) => `${lower(l.skuId)}:${planKey(l)}`)
      .sort()
      .join(';');
  return key(a) === key(b);
}

/** The assignLicense that takes `from` back to `to`: products added back or re-planned, others removed. */
export function restoringChange(
  from: readonly LicenseValue[],
  to: readonly LicenseValue[],
): LicenseChange {
  const now = new Map(from.map((l) => [lower(l.skuId), l]));
  const back = new Set(to.map((l) => lower(l.skuId)));
  return {
    add: to
      .filter((l) => {
        const current = now.get(lower(l.skuId));
        return current === undefined || planKey(current) !== planKey(l);
      })
      .map((l) => ({
        skuId: toSkuId(l.skuId),
        disabledPlans: l.disabledPlans.map((p) => toPlanId(p.id)),
      })),
    remove: from.filter((l) => !back.has(lower(l.skuId))).map((l) => toSkuId(l.skuId)),
  };
}

/** The products a change touches, of a licence list. */
const touched = (list: readonly LicenseValue[], change: LicenseChange) => {
  const skus = new Set([...change.add.map((a) => a.skuId), ...change.remove].map(lower));
  return list.filter((l) => skus.has(lower(l.skuId)));
};

/** A property's value as a licence list; `[]` and no value are no licences. */
function licensesOf(value: string | null): LicenseValue[] | null {
  if (value === null || value.trim() === '' || value.trim() === '[]') return [];
  return parseLicenseValue(value);
}

/** A `MembershipRule` value: Graph writes it as a JSON array of one string; `[]` is no rule. */
export function ruleOf(value: string | null): string | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return typeof parsed[0] === 'string' ? parsed[0] : null;
  } catch {
    // written without the array: the text itself
  }
  return value.trim() === '' ? null : value;
}

const property = (target: AuditTarget | undefined, name: string) =>
  target?.modifiedProperties.find((p) => lower(p.name) === lower(name));

function licensePlan(entry: AuditEntry, target: AuditTarget | undefined): UndoVerdict {
  const licenses = property(target, 'AssignedLicense');
  if (target === undefined || licenses === undefined) return refuse('unsupported');
  const old = licensesOf(licenses.oldValue);
  const recorded = licensesOf(licenses.newValue);
  if (old === null || recorded === null) return refuse('unsupported');
  const change = restoringChange(recorded, old);
  if (change.add.length === 0 && change.remove.length === 0) return refuse('noChange');
  if (entry.activityDisplayName === UNDO_ACTIVITIES.setGroupLicense)
    return {
      ok: true,
      plan: {
        kind: 'groupLicense',
        group: named(toGroupId(target.id), target),
        old,
        recorded,
        change,
      },
    };
  return {
    ok: true,
    plan: {
      kind: 'userLicense',
      user: named(toUserId(target.id), target),
      old: touched(old, change),
      recorded: touched(recorded, change),
      change,
    },
  };
}

function rulePlan(target: AuditTarget | undefined): UndoVerdict {
  const rule = property(target, 'MembershipRule');
  if (target === undefined || rule === undefined) return refuse('unsupported');
  const old = ruleOf(rule.oldValue);
  const recorded = ruleOf(rule.newValue);
  // A rule added to or taken from a group changes its membership type: not a rule change to undo.
  if (old === null || recorded === null) return refuse('unsupported');
  if (old === recorded) return refuse('noChange');
  return {
    ok: true,
    plan: { kind: 'rule', group: named(toGroupId(target.id), target), old, recorded },
  };
}

function memberPlan(entry: AuditEntry): UndoVerdict {
  const group = entry.targets.find((t) => t.type === 'Group');
  const member = entry.targets.find(
    (t) => t !== group && (t.type === 'User' || t.type === 'Group'),
  );
  if (group === undefined || member === undefined) return refuse('unsupported');
  return {
    ok: true,
    plan: {
      kind: 'member',
      group: named(toGroupId(group.id), group),
      member: {
        ...named(lower(member.id), member),
        type: member.type === 'User' ? 'User' : 'Group',
      },
      recorded: entry.activityDisplayName === UNDO_ACTIVITIES.addMember ? 'added' : 'removed',
    },
  };
}

/** Whether and how the portal can reverse a record. */
export function undoPlanOf(entry: AuditEntry): UndoVerdict {
  const activity = entry.activityDisplayName;
  if (entry.initiatedBy.kind === 'app')
    return refuse(PROCESSING_ACTIVITIES.includes(activity) ? 'processing' : 'system');
  if (entry.result !== null && lower(entry.result) !== 'success') return refuse('failed');
  const first = entry.targets[0];
  switch (activity) {
    case UNDO_ACTIVITIES.setGroupLicense:
    case UNDO_ACTIVITIES.changeUserLicense:
      return licensePlan(entry, first);
    case UNDO_ACTIVITIES.updateGroup:
      return rulePlan(first);
    case UNDO_ACTIVITIES.addMember:
    case UNDO_ACTIVITIES.removeMember:
      return memberPlan(entry);
    default:
      return refuse(PROCESSING_ACTIVITIES.includes(activity) ? 'processing' : 'unsupported');
  }
}
