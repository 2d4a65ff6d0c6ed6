import type { JobQueue } from './processing';
import { Journal, type TenantState } from './state';
import type { WhatIfResult } from './types';
import { entryView, LazyUserChange, mergeChanges } from './views';

/**
 * Runs `change` and the processing it queues with a journal open, reports the per-user changes,
 * seat deltas and new errors, then rolls everything back (invariant 8). Jobs queued before stay
 * queued and untouched. `change` may return a value computed inside the proposed state.
 */
export function runWhatIf<T>(
  state: TenantState,
  queue: JobQueue,
  change: () => T,
): WhatIfResult & { readonly value: T } {
  if (state.journal) throw new Error('whatIf cannot be nested');
  const journal = new Journal();
  state.journal = journal;
  const mark = queue.length;
  const seatsBefore = new Map(state.skus.map((s) => [s, s.consumed]));
  // One change per user, in the order users first changed: a list, and each user's place in it
  // (plus one) by ordinal. A plan toggle on a large group changes tens of thousands of users.
  const changes: LazyUserChange[] = [];
  let placeOf = new Int32Array(state.users.length);
  const collect = (change: LazyUserChange) => {
    const ord = change.userOrd;
    if (ord >= placeOf.length) {
      const grown = new Int32Array(Math.max(ord + 1, placeOf.length * 2));
      grown.set(placeOf);
      placeOf = grown;
    }
    const place = placeOf[ord] ?? 0;
    if (place === 0) {
      changes.push(change);
      placeOf[ord] = changes.length;
    } else {
      const merged = mergeChanges(state, changes[place - 1] ?? null, change);
      if (merged) changes[place - 1] = merged;
    }
  };
  state.sink = collect;
  try {
    const value = change();
    const ours = queue.spliceFrom(mark);
    while (ours.length > 0) queue.step(state, 10_000, ours, collect);
    const newErrors: WhatIfResult['newErrors'][number][] = [];
    for (const change of changes) {
      for (const entry of change.afterEntries) {
        if (entry.error === 'None') continue;
        const was = change.beforeEntries.find(
          (e) => e.sku === entry.sku && e.group === entry.group,
        );
        if (!was || was.error === 'None')
          newErrors.push({ userId: change.userId, state: entryView(entry) });
      }
    }
    const seatDelta: Record<string, number> = {};
    for (const sku of state.skus) {
      const delta = sku.consumed - (seatsBefore.get(sku) ?? 0);
      if (delta !== 0) seatDelta[sku.skuId] = delta;
    }
    return { changes, seatDelta, newErrors, value };
  } finally {
    state.sink = null;
    state.journal = null;
    queue.spliceFrom(mark);
    journal.rollback();
  }
}
