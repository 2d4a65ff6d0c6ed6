/**
 * The portal's embedded emulator without the service worker: the tenant restored from IndexedDB
 * (or built from a seed, in slices), saved back after every change before the change is answered,
 * and seeds for `POST /_emulator/reset` built in slices. `mocks/browser.ts` puts it behind MSW's
 * worker; tests drive `answer` directly.
 */
import { getResponse, type HttpHandler } from 'msw';
import { compileRule } from '../../src/engine/rules';
import { flowingClock } from '../graph/clock';
import { Emulator } from '../graph/emulator';
import { errorBody, graphError } from '../graph/errors';
import type { TenantStore } from '../graph/store';
import { createHandlers } from '../handlers';
import { createSeedStoreInSlices, type SeedName } from '../seeds';
import { autosave, type Autosave } from './autosave';
import { importStore } from './codec';
import { NotDurableError, reasonOf } from './errors';
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
  /**
   * The answer to a request that may change the tenant (not GET/HEAD/OPTIONS, Graph or control
   * API), once the change is saved; undefined for any other request.
   */
  answer(request: Request): Promise<Response | undefined>;
  stop(): void;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

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

/** Graph's 503 for a change that could not be saved (and was undone). */
function notSaved(emulator: Emulator, error: NotDurableError, request: Request): Response {
  const requestId = emulator.nextRequestId();
  const body = errorBody(graphError.serviceNotAvailable(error.message), {
    requestId,
    clientRequestId: request.headers.get('client-request-id') ?? requestId,
    now: emulator.store.clock.now(),
  });
  return new Response(JSON.stringify(body), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': '1' },
  });
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
  const handlers = createHandlers(emulator);
  return {
    emulator,
    handlers,
    saver,
    restored: restored.store !== null,
    async answer(request) {
      if (READS.has(request.method)) return undefined;
      const path = new URL(request.url).pathname;
      if (!path.includes('/v1.0/') && !path.includes('/_emulator/')) return undefined;
      try {
        await saver.ready();
        const seen = emulator.store;
        const response = await getResponse(handlers, request);
        await saver.flush(seen);
        return response;
      } catch (error) {
        if (error instanceof NotDurableError) return notSaved(emulator, error, request);
        throw error;
      }
    },
    stop() {
      saver.stop();
      emulator.pump.stop();
    },
  };
}
