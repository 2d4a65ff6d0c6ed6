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
  const byUser = new Map<string, LazyUserChange>();
  const collect = (change: LazyUserChange) => {
    const merged = mergeChanges(state, byUser.get(change.userId) ?? null, change);
    if (merged) byUser.set(change.userId, merged);
  };
  state.sink = collect;
  try {
    const value = change();
    const ours = queue.spliceFrom(mark);
    while (ours.length > 0) {
      for (const event of queue.step(state, 10_000, ours)) {
        if (event.type === 'userChanged' && event.change instanceof LazyUserChange)
          collect(event.change);
      }
    }
    const changes = [...byUser.values()];
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
