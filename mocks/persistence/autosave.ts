/**
 * Saves the emulator's tenant, one write at a time, by group commit: `commit()` resolves once
 * every change made before the call is saved. While a write is in flight, further commits wait
 * and are all covered by the next single write; a commit with nothing new to save writes nothing.
 * Background changes (processing) are saved debounced. Follows the emulator when `reset`
 * replaces the store.
 */
import type { Emulator } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { exportStore, type StoreSnapshot } from './codec';

/** Where snapshots go. */
export interface SnapshotSink {
  save(snapshot: StoreSnapshot): Promise<void>;
}

/** What `status()` reports (tests and measurements). */
export interface AutosaveStatus {
  /** Snapshots written so far. */
  readonly writes: number;
  readonly writing: boolean;
  /** Commits waiting for the next write. */
  readonly waiting: number;
}

/** A running autosave. */
export interface Autosave {
  /** Resolves when every change made so far is saved (writing at most once more). */
  commit(): Promise<void>;
  /** `commit()`, cancelling a pending debounced save (shutdown, save-before-answer). */
  flush(): Promise<void>;
  status(): AutosaveStatus;
  stop(): void;
}

/** How an autosave runs. */
export interface AutosaveOptions {
  /** Debounce of background saves, in ms. Default 250. */
  readonly delayMs?: number;
  /** Longest wait for a background save while changes keep coming, in ms. Default 5,000. */
  readonly maxWaitMs?: number;
  /** Whether the sink already holds the tenant as it is now (just loaded from it). Default true. */
  readonly saved?: boolean;
}

/** A point in the tenant's history: which store, at which version. */
interface Mark {
  readonly store: TenantStore;
  readonly version: number;
}

/**
 * Starts saving `emulator`'s tenant to `sink`: on `commit()`, and `delayMs` after the last
 * background change (at least every `maxWaitMs` while changes keep coming).
 */
export function autosave(
  emulator: Emulator,
  sink: SnapshotSink,
  options: AutosaveOptions = {},
): Autosave {
  const { delayMs = 250, maxWaitMs = 5_000 } = options;
  const now = (): Mark => ({ store: emulator.store, version: emulator.store.version });
  const same = (a: Mark, b: Mark) => a.store === b.store && a.version === b.version;
  let saved: Mark = options.saved === false ? { store: emulator.store, version: -1 } : now();
  let inFlight: { readonly mark: Mark; readonly done: Promise<void> } | null = null;
  let next: Promise<void> | null = null;
  let waiting = 0;
  let writes = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;
  let stopped = false;

  /** Writes the tenant as it is at this instant (export is synchronous, so it is one moment). */
  const write = (): Promise<void> => {
    const mark = now();
    if (same(mark, saved)) return Promise.resolve();
    const done = sink.save(exportStore(mark.store)).then(() => {
      saved = mark;
      writes++;
    });
    const flight = { mark, done };
    inFlight = flight;
    const clear = () => {
      if (inFlight === flight) inFlight = null;
    };
    done.then(clear, clear);
    return done;
  };

  const commit = async (): Promise<void> => {
    const target = now();
    if (same(target, saved)) return;
    if (!inFlight) {
      await write();
      return;
    }
    if (same(target, inFlight.mark)) {
      await inFlight.done;
      return;
    }
    // Changed since the write in flight began: wait for it, then one write for every waiter.
    if (!next) {
      const after = inFlight.done.catch(() => undefined);
      const batch = after.then(() => {
        next = null;
        return write();
      });
      next = batch;
    }
    waiting++;
    try {
      await next;
    } finally {
      waiting--;
    }
  };

  const schedule = () => {
    if (stopped) return;
    const at = Date.now();
    firstPending ??= at;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - at));
    timer = setTimeout(() => {
      timer = null;
      firstPending = null;
      commit().catch((error: unknown) => {
        console.error('The emulator could not save the tenant.', error);
      });
    }, wait);
  };

  let unsubscribe: () => void = () => undefined;
  const follow = (store: TenantStore) => {
    unsubscribe();
    unsubscribe = store.subscribe(schedule);
  };
  follow(emulator.store);
  const stopReplace = emulator.onReplace((store) => {
    follow(store);
    schedule();
  });

  return {
    commit,
    async flush() {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        firstPending = null;
      }
      await commit();
    },
    status: () => ({ writes, writing: inFlight !== null, waiting }),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      stopReplace();
    },
  };
}
