/**
 * `reconcile(user, retry)` of README.md, step by step, written the obvious way: every question is
 * answered by recomputing from the plain state. Also the plan-status bookkeeping (invariant 7).
 */
import type { AssignmentError } from '../types';
import { normalizeProxy, sameSet, union } from './reference-rules';
import {
  enabledPlans,
  entryPlans,
  findEntry,
  freeUnits,
  isApplied,
  planSetOf,
  userMembers,
  type RefEntry,
  type RefState,
  type RefUser,
} from './reference-state';

/** Retry scope of a reconcile: nothing, one group (Reprocess on a group), everything (Reprocess on a user). */
export type Retry = 'none' | 'all' | { readonly group: string };

/** One intended group entry (README step 1). */
interface Intent {
  readonly group: string;
  readonly skuId: string;
  readonly disabled: readonly string[];
}

function covers(retry: Retry, groupId: string): boolean {
  return retry === 'all' || (typeof retry === 'object' && retry.group === groupId);
}

/** Whether another user holds one of the user's proxy addresses (case-insensitive, no `smtp:`). */
export function proxyClash(state: RefState, user: RefUser): boolean {
  const mine = new Set(user.profile.proxyAddresses.map(normalizeProxy));
  for (const other of state.users.values()) {
    if (other === user) continue;
    if (other.profile.proxyAddresses.some((a) => mine.has(normalizeProxy(a)))) return true;
  }
  return false;
}

function intentsOf(state: RefState, user: RefUser): Intent[] {
  const out: Intent[] = [];
  for (const g of state.groups.values()) {
    if (
      !g.securityEnabled ||
      g.licenses.length === 0 ||
      !userMembers(state, g).has(user.profile.id)
    )
      continue;
    for (const l of g.licenses)
      out.push({ group: g.id, skuId: l.skuId, disabled: [...l.disabledPlans] });
  }
  return out;
}

/** Step 2: a recorded group entry without intent is dropped, unless it holds a prerequisite. */
function dropOrphans(state: RefState, user: RefUser, intents: readonly Intent[]): void {
  const isOrphan = (e: RefEntry): boolean =>
    e.group !== null && !intents.some((i) => i.group === e.group && i.skuId === e.skuId);
  /** Whether dropping `e` now takes away a prerequisite of a plan another applied entry keeps. */
  const needed = (e: RefEntry): boolean => {
    const mine = entryPlans(state, e);
    if (mine === null) return false;
    const kept = enabledPlans(state, user, e);
    return [...kept].some((p) => {
      const alternatives = state.rules.prerequisites(p);
      if (alternatives.length === 0 || alternatives.some((alt) => alt.every((q) => kept.has(q))))
        return false;
      return alternatives.some((alt) => alt.some((q) => mine.has(q)));
    });
  };
  const drop = (e: RefEntry): void => {
    user.entries.splice(user.entries.indexOf(e), 1);
  };
  // Interpretation: one pass in entry (creation) order, each orphan judged against every entry still
  // applied at that moment; then held orphans are judged again until nothing changes, so an entry is
  // never held for a plan that this same reconcile took away ("a plan the user *keeps*").
  for (const e of user.entries.filter(isOrphan)) {
    if (needed(e)) e.error = 'DependencyViolation';
    else drop(e);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const e of user.entries.filter(isOrphan)) {
      if (!needed(e)) {
        drop(e);
        changed = true;
      }
    }
  }
}

/** Step 4: the first error of one pending SKU of a group (checks 4.1 to 4.5 in order), or `None`. */
function check(
  state: RefState,
  user: RefUser,
  p: Intent,
  groupPending: readonly Intent[],
): AssignmentError {
  const rules = state.rules;
  const mine = planSetOf(state, p.skuId, p.disabled);
  const holds = user.entries.some((e) => e.skuId === p.skuId && isApplied(e));
  if (!holds && freeUnits(state, p.skuId) <= 0) return 'CountViolation';
  if (rules.firstProhibited(mine, user.profile.usageLocation ?? state.tenantCountry) !== null) {
    return 'ProhibitedInUsageLocationViolation';
  }
  // Interpretation: the group's pending entries count with their new versions (`siblings`), not with
  // the versions applied before, since the group applies all of them or none.
  const pendingHere = (e: RefEntry): boolean =>
    e.group === p.group && groupPending.some((q) => q.skuId === e.skuId);
  const others = union(
    ...user.entries.filter((e) => !pendingHere(e)).map((e) => entryPlans(state, e) ?? []),
  );
  const siblings = union(
    ...groupPending.filter((q) => q !== p).map((q) => planSetOf(state, q.skuId, q.disabled)),
  );
  if (rules.firstConflict(mine, union(others, siblings)) !== null)
    return 'MutuallyExclusiveViolation';
  const available = union(others, siblings, mine);
  if (rules.firstUnmetDependency(mine, available) !== null) return 'DependencyViolation';
  if (
    rules.hasMailbox(mine) &&
    !rules.hasMailbox(enabledPlans(state, user)) &&
    proxyClash(state, user)
  ) {
    return 'UniquenessViolation';
  }
  return 'None';
}

/** Whether a recorded entry's intent equals the wanted one (same deny-list, SKU did not gain a plan). */
function sameIntent(state: RefState, e: RefEntry, wanted: Intent): boolean {
  const plans = state.skus.get(e.skuId)?.plans ?? [];
  return (
    sameSet(new Set(e.disabled), new Set(wanted.disabled)) &&
    e.recordedPlans.length === plans.length &&
    e.recordedPlans.every((p, i) => plans[i] === p)
  );
}

/** README "Reconciling one user", steps 1 to 5. */
export function reconcile(state: RefState, user: RefUser, retry: Retry): void {
  const intents = intentsOf(state, user);
  dropOrphans(state, user, intents);
  const pending = intents.filter((i) => {
    const rec = findEntry(user, i.group, i.skuId);
    return !rec || !sameIntent(state, rec, i) || (rec.error !== 'None' && covers(retry, i.group));
  });
  for (const groupId of state.groups.keys()) {
    const mine = pending.filter((p) => p.group === groupId);
    if (mine.length === 0) continue;
    // Interpretation (README step 4.2 is ambiguous): the empty location is filled as soon as a group
    // has pending entries for the user, even when every one of them fails CountViolation.
    if (!user.profile.usageLocation)
      user.profile = { ...user.profile, usageLocation: state.tenantCountry };
    const errors = mine.map((p) => check(state, user, p, mine));
    // Interpretation: "a recorded entry in error" means an *intended* one; an entry kept only as a
    // prerequisite (step 2, no intent) does not block the group's new entries.
    const stuck =
      !covers(retry, groupId) &&
      user.entries.some(
        (e) =>
          e.group === groupId &&
          e.error !== 'None' &&
          !mine.some((p) => p.skuId === e.skuId) &&
          intents.some((i) => i.group === groupId && i.skuId === e.skuId),
      );
    const fail = stuck || errors.some((e) => e !== 'None');
    mine.forEach((p, i) => {
      let rec = findEntry(user, p.group, p.skuId);
      if (!rec) {
        rec = {
          skuId: p.skuId,
          group: p.group,
          disabled: [],
          recordedPlans: [],
          applied: null,
          error: 'None',
        };
        user.entries.push(rec);
      }
      rec.disabled = [...p.disabled];
      rec.recordedPlans = [...(state.skus.get(p.skuId)?.plans ?? [])];
      if (fail) {
        const own = errors[i] ?? 'None';
        rec.error = own === 'None' ? 'Other' : own;
      } else {
        rec.applied = planSetOf(state, p.skuId, p.disabled);
        rec.error = 'None';
      }
    });
  }
  updatePlanStatuses(state, user);
}

/**
 * Step 5 / invariant 7: plans lost turn Suspended now; plans (re)gained turn Enabled, keeping their
 * first assignment date when regained inside the grace period.
 */
export function updatePlanStatuses(state: RefState, user: RefUser): void {
  const now = state.clock();
  const after = enabledPlans(state, user);
  for (const [id, plan] of user.plans) {
    if (plan.enabled && !after.has(id)) {
      plan.enabled = false;
      plan.suspendedAt = now;
    }
  }
  for (const id of after) {
    const plan = user.plans.get(id);
    if (!plan) {
      user.plans.set(id, { enabled: true, assignedAt: now, suspendedAt: null });
    } else if (!plan.enabled) {
      const withinGrace = now - (plan.suspendedAt ?? now) < state.gracePeriodMs;
      plan.enabled = true;
      plan.assignedAt = withinGrace ? plan.assignedAt : now;
      plan.suspendedAt = null;
    }
  }
}
