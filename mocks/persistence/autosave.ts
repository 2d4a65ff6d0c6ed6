/**
 * Saves the emulator's tenant after changes: debounced, one save at a time, and again if more
 * changes arrived while a save ran. Follows the emulator when `reset` replaces the store.
 */
import type { Emulator } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { exportStore, type StoreSnapshot } from './codec';

/** Where snapshots go. */
export interface SnapshotSink {
  save(snapshot: StoreSnapshot): Promise<void>;
}

/** A running autosave; `flush` saves now if anything changed, `stop` detaches. */
export interface Autosave {
  flush(): Promise<void>;
  stop(): void;
}

/**
 * Starts saving `emulator`'s tenant to `sink` `delayMs` after the last change, and at least every
 * `maxWaitMs` while changes keep coming (a long processing run changes the tenant continuously).
 */
export function autosave(emulator: Emulator, sink: SnapshotSink, delayMs = 250, maxWaitMs = 5_000): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;
  let saving: Promise<void> | null = null;
  const state = { dirty: false };
  /** Read through a call: a save awaited above may have set it again. */
  const isDirty = () => state.dirty;
  let unsubscribe: () => void = () => undefined;

  const run = async (): Promise<void> => {
    if (saving) { await saving; }
    if (!state.dirty) return;
    state.dirty = false;
    firstPending = null;
    saving = sink.save(exportStore(emulator.store));
    try { await saving; } finally { saving = null; }
    if (isDirty()) schedule();
  };
  const schedule = () => {
    const now = Date.now();
    firstPending ??= now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - now));
    timer = setTimeout(() => { timer = null; void run(); }, wait);
  };
  const follow = (store: TenantStore) => {
    unsubscribe();
    unsubscribe = store.subscribe(() => { state.dirty = true; schedule(); });
  };
  follow(emulator.store);
  const stopReplace = emulator.onReplace((store) => { follow(store); state.dirty = true; schedule(); });

  return {
    async flush() {
      if (timer) { clearTimeout(timer); timer = null; }
      await run();
    },
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
      stopReplace();
    },
  };
}
