/**
 * Plain-object state of the reference resolver and the read-only questions asked of it. Nothing is
 * cached: enabled plans, seats and memberships are recomputed from the objects on every call.
 */
import type {
  AssignmentError,
  CapabilityStatus,
  LicenseRequest,
  MembershipRule,
  PrepaidUnits,
} from '../types';
import type { UserProfile } from '../user-profile';
import { PlanRules, union } from './reference-rules';

/** A subscription: its plans in product order (plans added later at the end) and its seats. */
export interface RefSku {
  readonly skuId: string;
  plans: string[];
  prepaid: PrepaidUnits;
}

/**
 * One (user, SKU, source) entry. `disabled` is the recorded intent; `recordedPlans` the SKU's plan
 * list when that intent was recorded (a SKU that gained a plan makes the intent differ); `applied`
 * the plan ids actually in effect, or null when not applied. Direct entries are always applied and
 * follow the SKU's current plans (a plan added to a product reaches direct assignments too).
 */
export interface RefEntry {
  readonly skuId: string;
  readonly group: string | null;
  disabled: string[];
  recordedPlans: string[];
  applied: Set<string> | null;
  error: AssignmentError;
}

/** One plan the user has or had: status, first assignment time, and loss time while not enabled. */
export interface RefPlanState {
  enabled: boolean;
  assignedAt: number;
  suspendedAt: number | null;
}

/** A user: its profile, its entries, its plan history. */
export interface RefUser {
  profile: UserProfile;
  entries: RefEntry[];
  plans: Map<string, RefPlanState>;
}

/** A group: assigned members (users and nested groups) or a rule, and its licences. */
export interface RefGroup {
  readonly id: string;
  securityEnabled: boolean;
  readonly rule: MembershipRule | null;
  users: Set<string>;
  groups: Set<string>;
  licenses: LicenseRequest[];
}

/** Everything a reference tenant knows. Maps keep insertion order = creation order. */
export interface RefState {
  readonly tenantCountry: string;
  readonly clock: () => number;
  readonly gracePeriodMs: number;
  readonly rules: PlanRules;
  readonly skus: Map<string, RefSku>;
  readonly users: Map<string, RefUser>;
  readonly groups: Map<string, RefGroup>;
}

/** Plans of a SKU minus a deny-list, in product order. */
export function planSetOf(
  state: RefState,
  skuId: string,
  disabled: readonly string[],
): Set<string> {
  const sku = state.skus.get(skuId);
  if (!sku) throw new Error(`reference: no SKU ${skuId}`);
  return new Set(sku.plans.filter((p) => !disabled.includes(p)));
}

/** Plans an entry has in effect; null when not applied. Direct entries follow the SKU's plans. */
export function entryPlans(state: RefState, entry: RefEntry): Set<string> | null {
  if (entry.group === null) return planSetOf(state, entry.skuId, entry.disabled);
  return entry.applied;
}

/** Whether the entry is applied (Active or ActiveWithError). */
export function isApplied(entry: RefEntry): boolean {
  return entry.group === null || entry.applied !== null;
}

/** Union of the plans of the user's applied entries, leaving out `except` (by identity). */
export function enabledPlans(state: RefState, user: RefUser, except?: RefEntry): Set<string> {
  return union(...user.entries.filter((e) => e !== except).map((e) => entryPlans(state, e) ?? []));
}

/** Users holding at least one applied entry of the SKU (one seat each). */
export function consumedUnits(state: RefState, skuId: string): number {
  let n = 0;
  for (const u of state.users.values())
    if (u.entries.some((e) => e.skuId === skuId && isApplied(e))) n++;
  return n;
}

/** Assignable units not consumed (may be negative after lowering units). */
export function freeUnits(state: RefState, skuId: string): number {
  const sku = state.skus.get(skuId);
  if (!sku) return 0;
  return sku.prepaid.enabled + sku.prepaid.warning - consumedUnits(state, skuId);
}

/** Direct user members of a group: its assigned users, or the users its rule matches now. */
export function userMembers(state: RefState, group: RefGroup): Set<string> {
  if (!group.rule) return new Set(group.users);
  const rule = group.rule;
  const ctx = {
    now: state.clock(),
    assignedPlans: () => [],
    isMemberOf: (userId: string, groupId: string) => {
      const g = state.groups.get(groupId);
      return g !== undefined && g !== group && userMembers(state, g).has(userId);
    },
  };
  return new Set(
    [...state.users.values()].filter((u) => rule.matches(u.profile, ctx)).map((u) => u.profile.id),
  );
}

/** Groups (creation order) the user is a direct member of. */
export function groupsOf(state: RefState, userId: string): RefGroup[] {
  return [...state.groups.values()].filter((g) => userMembers(state, g).has(userId));
}

/** Status of a plan as read now: Suspended turns Deleted once the grace period has passed. */
export function readStatus(state: RefState, plan: RefPlanState): CapabilityStatus {
  if (plan.enabled) return 'Enabled';
  return state.clock() - (plan.suspendedAt ?? 0) >= state.gracePeriodMs ? 'Deleted' : 'Suspended';
}

/** The entry of (group, SKU) on the user, if recorded. */
export function findEntry(
  user: RefUser,
  group: string | null,
  skuId: string,
): RefEntry | undefined {
  return user.entries.find((e) => e.group === group && e.skuId === skuId);
}
