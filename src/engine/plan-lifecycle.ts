import { write, type Entry, type LostPlan, type TenantState } from './state';
import { plansMissingFrom, type SkuRecord, type Variant } from './variants';

function holds(entries: readonly Entry[], sku: SkuRecord): boolean {
  for (const e of entries) if (e.sku === sku && e.applied !== null) return true;
  return false;
}

/** Invariant 1: a user consumes one unit of a SKU while any entry of it is applied. */
export function updateSeats(state: TenantState, before: readonly Entry[], after: readonly Entry[]): void {
  for (let i = 0; i < before.length; i++) {
    const sku = (before[i] as Entry).sku;
    if (firstIndexOf(before, sku) !== i) continue;
    if (holds(before, sku) && !holds(after, sku)) write(state, sku, 'consumed', sku.consumed - 1);
  }
  for (let i = 0; i < after.length; i++) {
    const sku = (after[i] as Entry).sku;
    if (firstIndexOf(after, sku) !== i) continue;
    if (holds(after, sku) && !holds(before, sku)) write(state, sku, 'consumed', sku.consumed + 1);
  }
}

function firstIndexOf(entries: readonly Entry[], sku: SkuRecord): number {
  for (let i = 0; i < entries.length; i++) if ((entries[i] as Entry).sku === sku) return i;
  return -1;
}

function counterpart(entry: Entry, list: readonly Entry[]): Variant | null {
  for (const e of list) if (e.group === entry.group && e.sku === entry.sku) return e.applied;
  return null;
}

function enabledIn(entries: readonly Entry[], id: string): boolean {
  for (const e of entries) if (e.applied?.planSet.has(id)) return true;
  return false;
}

/**
 * Invariant 7: plans the change takes away turn Suspended (kept in the lost list with the time),
 * plans it gives back leave the lost list. Only plans of entries whose applied version changed are
 * looked at, so a toggle costs the toggled plans, not the whole product.
 */
export function updateLostPlans(
  state: TenantState,
  before: readonly Entry[],
  after: readonly Entry[],
  lost: ReadonlyMap<string, LostPlan> | null,
  now: number,
): ReadonlyMap<string, LostPlan> | null {
  let next: Map<string, LostPlan> | null = null;
  for (const entry of before) {
    const was = entry.applied;
    if (!was) continue;
    const is = counterpart(entry, after);
    if (is === was) continue;
    for (const id of is ? plansMissingFrom(was, is) : was.planIds) {
      if (enabledIn(after, id) || next?.has(id)) continue;
      next ??= new Map(lost ?? []);
      let since = Infinity;
      for (const e of before) if (e.applied?.planSet.has(id) && e.appliedAt < since) since = e.appliedAt;
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
