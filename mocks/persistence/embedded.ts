/**
 * The portal's embedded emulator without the service worker: the tenant restored from IndexedDB
 * (or built from a seed, in slices), saved after every change before the change is answered (the pipeline's persist step),
 * and seeds for `POST /_emulator/reset` built in slices. `mocks/browser.ts` puts it behind MSW's
 * worker; tests drive its `handlers`.
 */
import type { HttpHandler } from 'msw';
import { compileRule } from '../../src/engine/rules';
import { flowingClock } from '../graph/clock';
import { Emulator } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { createHandlers } from '../handlers';
import { createSeedStoreInSlices, type SeedName } from '../seeds';
import { autosave, type Autosave } from './autosave';
import { importStore } from './codec';
import { reasonOf } from './errors';
import {
  DEFAULT_DATABASE,
  IndexedDbStorage,
  openIndexedDbStorage,
  type IndexedDbOptions,
} from './indexeddb';

/** How the embedded emulator starts. */
export interface EmbeddedOptions {
  /** Seed when nothing (readable) is saved, and of `reset` without a seed. Default `default`. */
  readonly seed?: SeedName;
  /** IndexedDB database name. Default `graph-emulator`. */
  readonly database?: string;
  /** Longest run of seed building before yielding to the event loop, in ms. Default 10. */
  readonly sliceMs?: number;
  /** When the journal is folded into the snapshot (tests). */
  readonly compaction?: IndexedDbOptions;
}

/** A running embedded emulator. */
export interface EmbeddedEmulator {
  readonly emulator: Emulator;
  readonly handlers: HttpHandler[];
  readonly saver: Autosave;
  /** Whether the tenant came from IndexedDB (false: built from the seed). */
  readonly restored: boolean;
  stop(): void;
}

interface Restored {
  readonly store: TenantStore | null;
  readonly storage: IndexedDbStorage;
  readonly seq: number;
}

async function restore(
  database: string,
  seed: SeedName,
  options: EmbeddedOptions,
): Promise<Restored> {
  try {
    const { storage, loaded } = await openIndexedDbStorage(database, options.compaction);
    return {
      store: loaded ? importStore(loaded.snapshot, compileRule, 'flowing') : null,
      storage,
      seq: loaded?.seq ?? 0,
    };
  } catch (error) {
    console.warn(
      `The saved tenant in IndexedDB database "${database}" could not be read (${reasonOf(error)}); starting from the "${seed}" seed instead.`,
      error,
    );
    return {
      store: null,
      storage: new IndexedDbStorage(database, options.compaction ?? {}, 0),
      seq: 0,
    };
  }
}

/** Opens the embedded emulator. */
export async function openEmbeddedEmulator(
  options: EmbeddedOptions = {},
): Promise<EmbeddedEmulator> {
  const seed = options.seed ?? 'default';
  const database = options.database ?? DEFAULT_DATABASE;
  const slices = { sliceMs: options.sliceMs ?? 10 };
  const restored = await restore(database, seed, options);
  let store = restored.store;
  if (!store) {
    store = await createSeedStoreInSlices(seed, slices);
    store.clock = flowingClock(store.clock.now());
  }
  const emulator = new Emulator({ seed, clock: 'flowing', store, seedSlices: slices });
  const saver = autosave(emulator, restored.storage, {
    delayMs: 500,
    saved: restored.store !== null,
    seq: restored.seq,
    clock: 'flowing',
  });
  if (!restored.store)
    saver.commit().catch((error: unknown) => {
      console.warn('The emulator could not save the new tenant to IndexedDB.', error);
    });
  // The pipeline's persist step answers a change once it is in IndexedDB (without waiting for the
  // debounce); a change that could not be saved is undone and answered 503.
  emulator.setPersistence({ ready: () => saver.ready(), commit: (seen) => saver.flush(seen) });
  return {
    emulator,
    handlers: createHandlers(emulator),
    saver,
    restored: restored.store !== null,
    stop() {
      saver.stop();
      emulator.pump.stop();
    },
  };
}
