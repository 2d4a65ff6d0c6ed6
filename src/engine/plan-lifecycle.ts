import { write, type Entry, type LostPlan, type TenantState } from './state';
import { plansMissingFrom, type SkuRecord, type Variant } from './variants';

function holds(entries: readonly Entry[], sku: SkuRecord): boolean {
  for (const e of entries) if (e.sku === sku && e.applied !== null) return true;
  return false;
}

/** Invariant 1: a user consumes one unit of a SKU while any entry of it is applied. */
export function updateSeats(
  state: TenantState,
  before: readonly Entry[],
  after: readonly Entry[],
): void {
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

/** The date a plan reads from its entries: when the earliest entry enabling it was applied. */
export function derivedDate(entries: readonly Entry[], id: string): number {
  let since = Infinity;
  for (const e of entries)
    if (e.applied?.planSet.has(id) && e.appliedAt < since) since = e.appliedAt;
  return since;
}

/** Plans whose status or date can change: those of entries whose applied version changed. */
function candidates(before: readonly Entry[], after: readonly Entry[]): Set<string> {
  const ids = new Set<string>();
  const collect = (from: readonly Entry[], to: readonly Entry[]) => {
    for (const entry of from) {
      const mine = entry.applied;
      if (!mine) continue;
      const theirs = counterpart(entry, to);
      if (theirs === mine) continue;
      for (const id of theirs ? plansMissingFrom(mine, theirs) : mine.planIds) ids.add(id);
    }
  };
  collect(before, after);
  collect(after, before);
  return ids;
}

/** Lost plans and date exceptions of a user after a change. */
export interface PlanBook {
  readonly lost: ReadonlyMap<string, LostPlan> | null;
  readonly since: ReadonlyMap<string, number> | null;
}

/**
 * Invariant 7. Plans the change takes away turn Suspended (kept with their assignment date);
 * plans it gives back leave the lost list and, inside the grace period, keep their original date;
 * plans that stay enabled keep their date even when the entry that gave it goes. Only plans of
 * entries whose applied version changed are looked at, so a toggle costs the toggled plans.
 */
export function updatePlans(
  state: TenantState,
  before: readonly Entry[],
  after: readonly Entry[],
  book: PlanBook,
  now: number,
): PlanBook {
  // A user who had nothing applied and never lost a plan only gains plans, all dated by their
  // (new) entries: nothing to record. This is every user of a first resolve.
  if (book.lost === null && book.since === null && !before.some((e) => e.applied !== null))
    return book;
  const next: { lost: Map<string, LostPlan> | null; since: Map<string, number> | null } = {
    lost: null,
    since: null,
  };
  const lostMap = () => (next.lost ??= new Map(book.lost ?? []));
  const sinceMap = () => (next.since ??= new Map(book.since ?? []));
  for (const id of candidates(before, after)) {
    const wasOn = enabledIn(before, id);
    const isOn = enabledIn(after, id);
    const oldDate = wasOn ? (book.since?.get(id) ?? derivedDate(before, id)) : 0;
    if (wasOn && !isOn) {
      lostMap().set(id, {
        service: state.plans.get(id)?.service ?? '',
        assignedAt: oldDate,
        suspendedAt: now,
      });
      if (book.since?.has(id)) sinceMap().delete(id);
      continue;
    }
    if (!isOn) continue;
    let date = oldDate;
    if (!wasOn) {
      const previous = book.lost?.get(id);
      date =
        previous && now - previous.suspendedAt < state.gracePeriodMs ? previous.assignedAt : now;
      if (previous) lostMap().delete(id);
    }
    if (date !== derivedDate(after, id)) sinceMap().set(id, date);
    else if (book.since?.has(id)) sinceMap().delete(id);
  }
  return {
    lost: next.lost === null ? book.lost : next.lost.size > 0 ? next.lost : null,
    since: next.since === null ? book.since : next.since.size > 0 ? next.since : null,
  };
}
