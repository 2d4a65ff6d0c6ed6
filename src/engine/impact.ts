import type {
  AssignmentStateView,
  CapabilityStatus,
  UserLicenseChange,
  WhatIfResult,
} from './types';

/** What one change means for one user, net of every other assignment path. */
export interface UserImpact {
  readonly userId: string;
  /** SKUs the user gets a seat of / loses the seat of. */
  readonly gainedSkus: readonly string[];
  readonly lostSkus: readonly string[];
  /** Plans that become Enabled / stop being Enabled (a plan still enabled by another source is in neither). */
  readonly gainedPlans: readonly string[];
  readonly lostPlans: readonly string[];
  /** Entries newly in error. */
  readonly newErrors: readonly AssignmentStateView[];
}

/** The impact of a proposed change: per user, plus seats and errors over all users. */
export interface ChangeImpact {
  readonly users: readonly UserImpact[];
  readonly seatDelta: Readonly<Record<string, number>>;
  readonly newErrorCount: number;
}

/** Membership moves and their licence impact, for a rule change before it is saved. */
export interface RuleImpact extends ChangeImpact {
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

const enabled = (status: Readonly<Record<string, CapabilityStatus>>, id: string) =>
  status[id] === 'Enabled';

/** Summarises one user's change: SKUs and plans gained and lost, new errors. */
export function userImpact(change: UserLicenseChange): UserImpact {
  const { before, after } = change;
  const skusBefore = new Set(before.assignedLicenses.map((l) => l.skuId));
  const skusAfter = new Set(after.assignedLicenses.map((l) => l.skuId));
  const planIds = new Set([...Object.keys(before.planStatus), ...Object.keys(after.planStatus)]);
  const newErrors = after.licenseAssignmentStates.filter((s) => {
    if (s.error === 'None') return false;
    const was = before.licenseAssignmentStates.find(
      (b) => b.skuId === s.skuId && b.assignedByGroup === s.assignedByGroup,
    );
    return !was || was.error === 'None';
  });
  return {
    userId: change.userId,
    gainedSkus: [...skusAfter].filter((id) => !skusBefore.has(id)),
    lostSkus: [...skusBefore].filter((id) => !skusAfter.has(id)),
    gainedPlans: [...planIds].filter(
      (id) => !enabled(before.planStatus, id) && enabled(after.planStatus, id),
    ),
    lostPlans: [...planIds].filter(
      (id) => enabled(before.planStatus, id) && !enabled(after.planStatus, id),
    ),
    newErrors,
  };
}

/** Summarises a what-if result; users whose change has no visible effect are left out. */
export function changeImpact(result: WhatIfResult): ChangeImpact {
  const users = result.changes
    .map(userImpact)
    .filter(
      (u) =>
        u.gainedSkus.length +
          u.lostSkus.length +
          u.gainedPlans.length +
          u.lostPlans.length +
          u.newErrors.length >
        0,
    );
  return { users, seatDelta: result.seatDelta, newErrorCount: result.newErrors.length };
}

/**
 * For one plan turned off in a group: the members who lose it and those who keep it through
 * another assignment path ("312 users lose Microsoft Stream; 4 keep it through another group").
 */
export function planLoss(
  result: WhatIfResult,
  servicePlanId: string,
): { readonly lose: readonly string[]; readonly keep: readonly string[] } {
  const lose: string[] = [];
  const keep: string[] = [];
  for (const change of result.changes) {
    if (!enabled(change.before.planStatus, servicePlanId)) continue;
    (enabled(change.after.planStatus, servicePlanId) ? keep : lose).push(change.userId);
  }
  return { lose, keep };
}

/**
 * For one plan turned on in a group: the members who gain it and those who already had it through
 * another assignment path ("871 users gain Yammer Enterprise; 40 already have it").
 */
export function planGain(
  result: WhatIfResult,
  servicePlanId: string,
): { readonly gain: readonly string[]; readonly already: readonly string[] } {
  const gain: string[] = [];
  const already: string[] = [];
  for (const change of result.changes) {
    if (!enabled(change.after.planStatus, servicePlanId)) continue;
    (enabled(change.before.planStatus, servicePlanId) ? already : gain).push(change.userId);
  }
  return { gain, already };
}
