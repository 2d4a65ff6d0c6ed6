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
import type { TenantStore } from '../graph/store';
import { createHandlers } from '../handlers';
import { createSeedStoreInSlices, type SeedName } from '../seeds';
import { autosave, type Autosave } from './autosave';
import { importStore } from './codec';
import { DEFAULT_DATABASE, indexedDbSink, loadSnapshot } from './indexeddb';

/** How the embedded emulator starts. */
export interface EmbeddedOptions {
  /** Seed when nothing (readable) is saved, and of `reset` without a seed. Default `default`. */
  readonly seed?: SeedName;
  /** IndexedDB database name. Default `graph-emulator`. */
  readonly database?: string;
  /** Longest run of seed building before yielding to the event loop, in ms. Default 10. */
  readonly sliceMs?: number;
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

async function restore(database: string, seed: SeedName): Promise<TenantStore | null> {
  try {
    const snapshot = await loadSnapshot(database);
    return snapshot ? importStore(snapshot, compileRule, 'flowing') : null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(
      `The saved tenant in IndexedDB database "${database}" could not be read (${reason}); starting from the "${seed}" seed instead.`,
      error,
    );
    return null;
  }
}

/** Opens the embedded emulator. */
export async function openEmbeddedEmulator(
  options: EmbeddedOptions = {},
): Promise<EmbeddedEmulator> {
  const seed = options.seed ?? 'default';
  const database = options.database ?? DEFAULT_DATABASE;
  const slices = { sliceMs: options.sliceMs ?? 10 };
  const restored = await restore(database, seed);
  let store = restored;
  if (!store) {
    store = await createSeedStoreInSlices(seed, slices);
    store.clock = flowingClock(store.clock.now());
  }
  const emulator = new Emulator({ seed, clock: 'flowing', store, seedSlices: slices });
  const saver = autosave(emulator, indexedDbSink(database), {
    delayMs: 500,
    saved: restored !== null,
  });
  if (!restored)
    saver.commit().catch((error: unknown) => {
      console.warn('The emulator could not save the new tenant to IndexedDB.', error);
    });
  const handlers = createHandlers(emulator);
  return {
    emulator,
    handlers,
    saver,
    restored: restored !== null,
    async answer(request) {
      if (READS.has(request.method)) return undefined;
      const path = new URL(request.url).pathname;
      if (!path.includes('/v1.0/') && !path.includes('/_emulator/')) return undefined;
      const response = await getResponse(handlers, request);
      await saver.flush();
      return response;
    },
    stop() {
      saver.stop();
      emulator.pump.stop();
    },
  };
}
