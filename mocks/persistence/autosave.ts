/**
 * Saves the emulator's tenant by group commit into a `TenantStorage`: `commit()` resolves once
 * every change made before the call is durable. One write is in flight at a time; commits that
 * arrive meanwhile wait and are all covered by the next single write. A write is a journal record
 * of what changed since the last one (`delta.ts`), so its cost follows the change; a new tenant
 * (first save, reset) is written whole. Background changes (processing) are saved debounced.
 *
 * When the journal has grown enough, the tenant is taken as of a record and the storage folds it
 * into a new snapshot in the background (compaction). Taking it is one synchronous step (75-100 ms
 * on the large seed once the engine has exported it before, 0.3-0.6 s the first time), so it is not done for a write a request waits on: it is done after a write,
 * once the debounce has passed and the request is answered, when the tenant is quiet (nothing
 * changed or being written since), or by a background save (changes keep coming from
 * processing). Only when a compaction has been wanted
 * for `OVERDUE_AFTER_WRITES` writes without either (a stream of requests with no pause between
 * them) does a request's write take the tenant, so the journal cannot grow without bound.
 *
 * When a write fails, nothing is left half-done: the emulator drops back to the last durable
 * tenant (reloaded from the storage) and every commit that was waiting fails with
 * `NotDurableError`, so no client is told "failed" for a change that later appears.
 */
import { compileRule } from '../../src/engine/rules';
import type { Emulator } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { exportStore, importStore, packNewAudit, type StoreSnapshot } from './codec';
import { isEmptyDelta, StoreTracker, type StoreDelta } from './delta';
import { NotDurableError, reasonOf } from './errors';
import { seedRecipeOf } from './seed-recipe';
import type { TenantStorage } from './journal';

/** What `status()` reports (tests and measurements). */
export interface AutosaveStatus {
  /** Records and snapshots written so far. */
  readonly writes: number;
  readonly writing: boolean;
  /** Commits waiting for the next write. */
  readonly waiting: number;
  /** Number of the last durable record. */
  readonly seq: number;
  /** Compactions finished. */
  readonly compactions: number;
  readonly compacting: boolean;
  /** Writes that failed (each dropped the tenant back to its last durable state). */
  readonly failures: number;
}

/** A running autosave. */
export interface Autosave {
  /**
   * Resolves when every change made so far is durable (writing at most once more). Rejects with
   * `NotDurableError` when that write failed, or when `seen` (the store a request changed) was
   * dropped because a write failed: the change is then gone.
   */
  commit(seen?: TenantStore): Promise<void>;
  /** `commit()`, cancelling a pending debounced save (shutdown, save-before-answer). */
  flush(seen?: TenantStore): Promise<void>;
  /**
   * Resolves when requests may run: at once, except while the tenant is being reloaded after a
   * failed write. Rejects with `NotDurableError` once the storage cannot be used at all.
   */
  ready(): Promise<void>;
  status(): AutosaveStatus;
  /** Resolves when no compaction is running. */
  settled(): Promise<void>;
  stop(): void;
}

/** How an autosave runs. */
export interface AutosaveOptions {
  /** Debounce of background saves, in ms. Default 250. */
  readonly delayMs?: number;
  /**
   * Longest wait for a background save while changes keep coming, in ms. Default 1,000: a request's
   * write waits for the one in flight, and processing the large seed's 60,000-member group saved
   * every 5 s was one record of all 60,000 users (5.9 s to append in Chromium).
   */
  readonly maxWaitMs?: number;
  /** Whether the storage already holds the tenant as it is now (just loaded from it). Default true. */
  readonly saved?: boolean;
  /** Number of the last record in the storage (from the load). Default 0. */
  readonly seq?: number;
  /** The clock of a tenant reloaded after a failed write. Default `flowing`. */
  readonly clock?: 'manual' | 'flowing';
}

/** Writes after which a wanted compaction is taken by any write, a request's included. */
export const OVERDUE_AFTER_WRITES = 4;

/** A point in the tenant's history: which store, at which version. */
interface Mark {
  readonly store: TenantStore;
  readonly version: number;
}

/**
 * The tenant as plain data that stays as it is while it is written out piece by piece: the
 * export shares the engine's immutable values; the few maps handlers change in place are copied.
 */
function detachedSnapshot(store: TenantStore): StoreSnapshot {
  const snapshot = exportStore(store);
  const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    ...snapshot,
    groups: copy(snapshot.groups),
    skus: copy(snapshot.skus),
    admins: copy(snapshot.admins),
  };
}

/** The counters a record carries besides changes: a change to them alone is still saved. */
function counters(value: Pick<StoreDelta, 'generation' | 'ids' | 'auditIds'>): string {
  return `${String(value.generation)}/${String(value.ids.state)}/${String(value.auditIds.state)}`;
}

/**
 * Starts saving `emulator`'s tenant to `storage`: on `commit()`, and `delayMs` after the last
 * background change (at least every `maxWaitMs` while changes keep coming).
 */
export function autosave(
  emulator: Emulator,
  storage: TenantStorage,
  options: AutosaveOptions = {},
): Autosave {
  const { delayMs = 250, maxWaitMs = 1_000 } = options;
  const now = (): Mark => ({ store: emulator.store, version: emulator.store.version });
  const same = (a: Mark, b: Mark) => a.store === b.store && a.version === b.version;
  const initiallySaved = options.saved !== false;
  let saved: Mark = initiallySaved ? now() : { store: emulator.store, version: -1 };
  let tracker: StoreTracker | null = initiallySaved ? new StoreTracker(emulator.store) : null;
  let savedCounters = counters(emulator.store);
  let seq = options.seq ?? 0;
  let inFlight: { readonly mark: Mark; readonly done: Promise<void> } | null = null;
  let next: Promise<void> | null = null;
  let waiting = 0;
  let writes = 0;
  let failures = 0;
  let compactions = 0;
  let compacting: Promise<void> | null = null;
  /** A compaction waiting for the tenant to be quiet (resolves when it has started or given up). */
  let compactionDue: Promise<void> | null = null;
  /** Writes since a compaction was first wanted and not started. */
  let wantedFor = 0;
  let recovering: Promise<void> | null = null;
  /** Resets building a new tenant: no compaction starts meanwhile (it would be moot). */
  let replacing = 0;
  let unusable: NotDurableError | null = null;
  const dropped = new WeakSet<TenantStore>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending: number | null = null;
  let stopped = false;

  /** Drops back to the last durable tenant after a failed write. */
  const recover = (): Promise<void> => {
    recovering ??= (async () => {
      const loaded = await storage.load();
      if (!loaded) throw new Error('nothing is saved');
      const store = importStore(loaded.snapshot, compileRule, options.clock ?? 'flowing');
      dropped.add(emulator.store);
      seq = loaded.seq;
      tracker = new StoreTracker(store);
      savedCounters = counters(store);
      saved = { store, version: store.version };
      emulator.replace(store);
    })()
      .catch((error: unknown) => {
        unusable = new NotDurableError(
          `The emulator cannot reload its last saved tenant (${reasonOf(error)}); restart it once the disk is back.`,
        );
        console.error(unusable.message);
      })
      .finally(() => {
        recovering = null;
      });
    return recovering;
  };

  const compactNow = (snapshot: StoreSnapshot, at: number) => {
    wantedFor = 0;
    compacting = storage
      .compact(snapshot, at)
      .then(() => {
        compactions++;
      })
      .catch((error: unknown) => {
        console.error(`The emulator could not compact its journal (${reasonOf(error)}).`);
      })
      .finally(() => {
        compacting = null;
      });
  };

  /**
   * Compacts `delayMs` later if the journal wants it and the tenant is then quiet: nothing written
   * or being written since the last record, so the snapshot taken is the tenant as of `seq`.
   * Otherwise the next write's completion asks again. Not on the next task: the request whose
   * write just finished is still on its way out (its response body is read on later tasks), and
   * the reset to `large` was answered only after the 100,000-user capture (0.1-0.8 s).
   */
  const compactWhenQuiet = () => {
    if (compacting || compactionDue || stopped || replacing > 0 || !storage.wantsCompaction())
      return;
    compactionDue = new Promise<void>((resolve) => {
      setTimeout(() => {
        compactionDue = null;
        resolve();
        const mark = now();
        if (compacting || inFlight || recovering || stopped || replacing > 0) return;
        if (!same(mark, saved)) return;
        if (!storage.wantsCompaction()) return;
        compactNow(detachedSnapshot(mark.store), seq);
      }, delayMs);
    });
  };

  /**
   * Writes the changes made up to this instant (taken synchronously: one moment of the tenant).
   * A background save (`background`) also takes the tenant for a compaction the journal wants.
   */
  const write = (background: boolean): Promise<void> => {
    const mark = now();
    if (same(mark, saved)) return Promise.resolve();
    let job: () => Promise<void>;
    let capture: StoreSnapshot | null = null;
    const number = seq + 1;
    if (tracker?.store !== mark.store) {
      // A new tenant that is still its seed's build is saved as the seed (a few bytes, not the
      // whole tenant); the storage then wants a compaction, which writes the tenant off this path.
      const checkpointSeed = storage.checkpointSeed?.bind(storage);
      const recipe = checkpointSeed ? seedRecipeOf(mark.store) : null;
      if (recipe && checkpointSeed) job = () => checkpointSeed(recipe, number);
      else {
        const snapshot = detachedSnapshot(mark.store);
        job = () => storage.checkpoint(snapshot, number);
      }
      tracker = new StoreTracker(mark.store);
      savedCounters = counters(mark.store);
    } else {
      const delta = tracker.delta();
      if (isEmptyDelta(delta) && counters(delta) === savedCounters) {
        saved = mark;
        return Promise.resolve();
      }
      savedCounters = counters(delta);
      packNewAudit(mark.store);
      const wanted = !compacting && replacing === 0 && storage.wantsCompaction();
      wantedFor = wanted ? wantedFor + 1 : 0;
      if (wanted && (background || wantedFor > OVERDUE_AFTER_WRITES))
        capture = detachedSnapshot(mark.store);
      job = () => storage.append({ seq: number, ...delta });
    }
    seq = number;
    const done = job().then(
      () => {
        saved = mark;
        writes++;
        if (capture) compactNow(capture, number);
        else compactWhenQuiet();
      },
      async (error: unknown) => {
        failures++;
        // Answered only once the tenant is back at its last durable state.
        await recover();
        throw error instanceof NotDurableError
          ? error
          : new NotDurableError(`The change could not be saved (${reasonOf(error)}).`);
      },
    );
    const flight = { mark, done };
    inFlight = flight;
    const clear = () => {
      if (inFlight === flight) inFlight = null;
    };
    done.then(clear, clear);
    return done;
  };

  const lost = () =>
    new NotDurableError(
      'The change could not be saved and was undone; the emulator is back at its last saved tenant.',
    );

  const commit = async (seen?: TenantStore, background = false): Promise<void> => {
    if (recovering) await recovering;
    if (unusable) throw unusable;
    if (seen && dropped.has(seen)) throw lost();
    const epoch = failures;
    const target = now();
    if (same(target, saved)) return;
    if (!inFlight) await write(background);
    else if (same(target, inFlight.mark)) await inFlight.done;
    else {
      // Changed since the write in flight began: wait for it, then one write for every waiter.
      if (!next) {
        const after = inFlight.done.catch(() => undefined);
        const batch = after.then(() => {
          next = null;
          if (failures !== epoch) throw lost();
          return write(background);
        });
        next = batch;
      }
      waiting++;
      try {
        await next;
      } finally {
        waiting--;
      }
    }
    if (failures !== epoch) throw lost();
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
      commit(undefined, true).catch((error: unknown) => {
        console.error(`The emulator could not save the tenant (${reasonOf(error)}).`);
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
  // While a reset builds its tenant (seconds on the large seed), the compaction of the tenant it
  // replaces is stopped and none starts: it would share the worker with the build for nothing.
  // The journal stays as it is, so what is saved does not change; once the reset is over, the
  // next write (the reset's own) or this asks again.
  const stopReplacing = emulator.onReplacing((over) => {
    replacing++;
    storage.cancelCompaction?.();
    void over.then(() => {
      replacing--;
      compactWhenQuiet();
    });
  });

  return {
    commit,
    async flush(seen) {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        firstPending = null;
      }
      await commit(seen);
    },
    async ready() {
      if (recovering) await recovering;
      if (unusable) throw unusable;
    },
    status: () => ({
      writes,
      writing: inFlight !== null,
      waiting,
      seq,
      compactions,
      compacting: compacting !== null,
      failures,
    }),
    async settled() {
      while (compactionDue ?? compacting) await (compactionDue ?? compacting);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      stopReplace();
      stopReplacing();
    },
  };
}
