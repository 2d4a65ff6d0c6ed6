import { hasProxyClash, write, type Entry, type GroupRecord, type LostPlan, type TenantState, type UserRecord } from './state';
import type { AssignmentError } from './types';
import { assignableUnits, firstUnavailablePlan, plansMissingFrom, variantOf, type SkuRecord, type Variant } from './variants';
import { LazyUserChange } from './views';

/** What a reconcile retries: nothing, one group's entries (Reprocess on a group) or all (Reprocess on a user). */
export type Retry = GroupRecord | 'all' | null;

/** One intended or recorded entry while a reconcile works on it. */
interface Slot {
  readonly group: GroupRecord | null;
  readonly sku: SkuRecord;
  readonly intent: Variant | null;
  readonly prev: Entry | undefined;
  /** The version in effect right now in this reconcile. */
  applied: Variant | null;
  result: Entry | null;
}

/**
 * Reconciles one user's entries with their intents (see README, "Reconciling one user") and
 * returns the change, or null when nothing changed. Writes go through the journal helpers so that
 * `whatIf` can roll them back.
 */
export function reconcileUser(state: TenantState, user: UserRecord, retry: Retry): LazyUserChange | null {
  const now = state.clock();
  const before = { entries: user.entries, lost: user.lost, usageLocation: user.profile.usageLocation, at: now };
  const slots = collectSlots(state, user, retry, now);
  dropOrKeepZombies(slots, now);
  evaluatePending(state, user, slots, retry, now);

  const entries = slots.flatMap((slot) => (slot.result ? [slot.result] : []));
  const unchanged = entries.length === before.entries.length && entries.every((entry, i) => entry === before.entries[i]);
  if (unchanged && user.profile.usageLocation === before.usageLocation) return null;

  updateSeats(state, before.entries, entries);
  const lost = updateLostPlans(state, before.entries, entries, user.lost, now);
  write(state, user, 'entries', entries);
  if (lost !== user.lost) write(state, user, 'lost', lost);
  return new LazyUserChange(state, user.profile.id, before, { entries, lost, usageLocation: user.profile.usageLocation, at: now });
}

function covers(retry: Retry, group: GroupRecord | null): boolean {
  return retry === 'all' || (retry !== null && retry === group);
}

function collectSlots(state: TenantState, user: UserRecord, retry: Retry, now: number): Slot[] {
  const slots: Slot[] = [];
  const old = user.entries;
  for (const entry of old) {
    if (entry.group !== null) continue;
    const intent = variantOf(entry.sku, entry.intent.disabled, state.plans);
    const result = intent === entry.intent ? entry : { ...entry, intent, applied: intent, updatedAt: now, appliedAt: now };
    slots.push({ group: null, sku: entry.sku, intent, prev: entry, applied: intent, result });
  }
  for (const group of user.groups) {
    if (!group.alive || !group.securityEnabled) continue;
    for (const license of group.licenses) {
      const sku = state.skuById.get(license.skuId);
      if (!sku) continue;
      const intent = variantOf(sku, license.disabledPlans, state.plans);
      const prev = old.find((e) => e.group === group && e.sku === sku);
      const pending = !prev || prev.intent !== intent || (prev.error !== 'None' && covers(retry, group));
      slots.push({ group, sku, intent, prev, applied: prev?.applied ?? null, result: pending ? null : prev });
    }
  }
  for (const entry of old) {
    if (entry.group === null || slots.some((slot) => slot.prev === entry)) continue;
    slots.push({ group: entry.group, sku: entry.sku, intent: null, prev: entry, applied: entry.applied, result: entry });
  }
  return slots;
}

/** Whether `id` is enabled by a slot other than those excluded. */
function enabledElsewhere(slots: readonly Slot[], exclude: (slot: Slot) => boolean, id: string): boolean {
  return slots.some((slot) => !exclude(slot) && slot.applied !== null && slot.applied.planSet.has(id));
}

function satisfied(anyOf: readonly (readonly string[])[], has: (id: string) => boolean): boolean {
  return anyOf.some((alternative) => alternative.every(has));
}

/** Step 2 of the README: entries without intent go, unless a kept plan still needs one of their plans. */
function dropOrKeepZombies(slots: Slot[], now: number): void {
  for (const zombie of slots) {
    if (zombie.intent !== null) continue;
    const provided = zombie.applied;
    if (provided === null) {
      zombie.result = null;
      continue;
    }
    const others = (slot: Slot) => slot === zombie;
    const hasWithout = (id: string) => enabledElsewhere(slots, others, id);
    let needed: { planId: string; requires: readonly string[] } | null = null;
    for (const slot of slots) {
      if (slot === zombie || slot.applied === null || needed) continue;
      for (const dependent of slot.applied.prerequisites) {
        if (satisfied(dependent.requiresAnyOf, hasWithout)) continue;
        const alternative = dependent.requiresAnyOf.find((alt) => alt.every((id) => hasWithout(id) || provided.planSet.has(id)));
        if (alternative) {
          needed = { planId: dependent.planId, requires: alternative };
          break;
        }
      }
    }
    if (!needed) {
      zombie.applied = null;
      zombie.result = null;
      continue;
    }
    const prev = zombie.prev;
    const errorPlans = [needed.planId, ...needed.requires];
    const same = prev?.error === 'DependencyViolation' && prev.errorPlans.join() === errorPlans.join();
    zombie.result = same && prev ? prev : { ...(prev as Entry), error: 'DependencyViolation', errorPlans, updatedAt: now };
  }
}

/** Step 3 and 4 of the README: pending entries, group by group, all or nothing. */
function evaluatePending(state: TenantState, user: UserRecord, slots: Slot[], retry: Retry, now: number): void {
  const heldBefore = new Set(user.entries.filter((e) => e.applied).map((e) => e.sku));
  const appliedNow = new Set<SkuRecord>();
  const groups = [...new Set(slots.filter((s) => s.intent && s.result === null && s.group).map((s) => s.group as GroupRecord))];
  for (const group of groups) {
    const pending = slots.filter((s) => s.group === group && s.intent !== null && s.result === null);
    const blockedByKept = slots.some((s) => s.group === group && s.intent !== null && s.result !== null && s.result.error !== 'None' && !covers(retry, group));
    if (user.profile.usageLocation === null) {
      write(state, user, 'profile', { ...user.profile, usageLocation: state.tenantCountry });
    }
    const location = user.profile.usageLocation ?? state.tenantCountry;
    const isPending = (slot: Slot) => pending.includes(slot);
    const has = (id: string) => enabledElsewhere(slots, isPending, id) || pending.some((p) => p.intent?.planSet.has(id));
    const failures = pending.map((slot) => check(state, user, slots, slot, pending, { heldBefore, appliedNow, location, has }));
    const anyFailed = blockedByKept || failures.some((f) => f !== null);
    pending.forEach((slot, i) => {
      const intent = slot.intent as Variant;
      const prev = slot.prev;
      if (!anyFailed) {
        slot.applied = intent;
        appliedNow.add(slot.sku);
        slot.result = { sku: slot.sku, group, intent, applied: intent, error: 'None', errorPlans: [], updatedAt: now, appliedAt: prev?.applied === intent ? prev.appliedAt : now };
        return;
      }
      const failure = failures[i] ?? { error: 'Other' as const, plans: [] };
      const applied = prev?.applied ?? null;
      const same = prev && prev.intent === intent && prev.applied === applied && prev.error === failure.error && prev.errorPlans.join() === failure.plans.join();
      slot.result = same ? prev : { sku: slot.sku, group, intent, applied, error: failure.error, errorPlans: failure.plans, updatedAt: now, appliedAt: prev?.appliedAt ?? now };
    });
  }
}

interface Failure {
  readonly error: AssignmentError;
  readonly plans: readonly string[];
}

interface CheckContext {
  readonly heldBefore: ReadonlySet<SkuRecord>;
  readonly appliedNow: ReadonlySet<SkuRecord>;
  readonly location: string;
  readonly has: (id: string) => boolean;
}

function check(state: TenantState, user: UserRecord, slots: readonly Slot[], slot: Slot, pending: readonly Slot[], ctx: CheckContext): Failure | null {
  const intent = slot.intent as Variant;
  const sku = slot.sku;
  if (!ctx.heldBefore.has(sku) && !ctx.appliedNow.has(sku) && sku.consumed >= assignableUnits(sku)) {
    return { error: 'CountViolation', plans: [] };
  }
  const unavailable = firstUnavailablePlan(intent, ctx.location, state.plans);
  if (unavailable !== null) return { error: 'ProhibitedInUsageLocationViolation', plans: [unavailable] };
  for (const mine of intent.exclusive) {
    for (const other of slots) {
      const variant = other === slot ? null : pending.includes(other) ? other.intent : other.applied;
      const clash = variant?.exclusive.find((x) => x.group === mine.group && x.planId !== mine.planId);
      if (clash) return { error: 'MutuallyExclusiveViolation', plans: [mine.planId, clash.planId] };
    }
  }
  for (const dependent of intent.prerequisites) {
    if (!satisfied(dependent.requiresAnyOf, ctx.has)) {
      return { error: 'DependencyViolation', plans: [dependent.planId, ...(dependent.requiresAnyOf[0] ?? [])] };
    }
  }
  if (intent.mailbox && !slots.some((s) => s !== slot && !pending.includes(s) && s.applied?.mailbox) && hasProxyClash(state, user)) {
    return { error: 'UniquenessViolation', plans: [] };
  }
  return null;
}

function updateSeats(state: TenantState, before: readonly Entry[], after: readonly Entry[]): void {
  const held = (entries: readonly Entry[]) => new Set(entries.filter((e) => e.applied).map((e) => e.sku));
  const was = held(before);
  const is = held(after);
  for (const sku of was) if (!is.has(sku)) write(state, sku, 'consumed', sku.consumed - 1);
  for (const sku of is) if (!was.has(sku)) write(state, sku, 'consumed', sku.consumed + 1);
}

/** Plans lost by the change turn Suspended; plans regained leave the lost list (README step 5). */
export function updateLostPlans(
  state: TenantState,
  before: readonly Entry[],
  after: readonly Entry[],
  lost: ReadonlyMap<string, LostPlan> | null,
  now: number,
): ReadonlyMap<string, LostPlan> | null {
  const counterpart = (entry: Entry, list: readonly Entry[]) => list.find((e) => e.group === entry.group && e.sku === entry.sku)?.applied ?? null;
  const isEnabled = (id: string) => after.some((e) => e.applied?.planSet.has(id));
  let next: Map<string, LostPlan> | null = null;
  for (const entry of before) {
    const was = entry.applied;
    if (!was) continue;
    const is = counterpart(entry, after);
    if (is === was) continue;
    for (const id of is ? plansMissingFrom(was, is) : was.planIds) {
      if (isEnabled(id) || next?.has(id)) continue;
      next ??= new Map(lost ?? []);
      const since = Math.min(...before.filter((e) => e.applied?.planSet.has(id)).map((e) => e.appliedAt));
      next.set(id, { service: state.plans.get(id)?.service ?? '', assignedAt: since, suspendedAt: now });
    }
  }
  if (lost) {
    for (const entry of after) {
      const is = entry.applied;
      if (!is) continue;
      const was = counterpart(entry, before);
      if (is === was) continue;
      for (const id of was ? plansMissingFrom(is, was) : is.planIds) {
        if (!(next ?? lost).has(id)) continue;
        next ??= new Map(lost);
        next.delete(id);
      }
    }
  }
  return next ?? lost;
}
