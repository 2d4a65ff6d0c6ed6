/**
 * The embedded emulator as the page reaches it: a small typed RPC surface run inside the Web
 * Worker (`emulator.worker.ts`). `start` opens the tenant (restored from IndexedDB, or built from
 * the seed); `handle` answers one request as data, a change only once it is saved, exactly as the
 * MSW handlers answer it in tests and in the HTTP server.
 */
import { expose, transfer } from 'comlink';
import { getResponse } from 'msw';
import { buildUserIndexInSlices } from '../graph/search/user-index';
import type { TenantStore } from '../graph/store';
import {
  openEmbeddedEmulator,
  type EmbeddedEmulator,
  type EmbeddedOptions,
} from '../persistence/embedded';
import {
  requestFromWire,
  responseToWire,
  transferables,
  type WireRequest,
  type WireResponse,
} from '../../src/lib/graph/wire';

/** What `start` reports. */
export interface EmulatorStarted {
  /** Whether the tenant came from IndexedDB (false: built from the seed). */
  readonly restored: boolean;
}

/** The RPC surface of the emulator worker. */
export interface EmulatorService {
  /** Opens the emulator once; later calls return the first call's outcome. */
  start(options: EmbeddedOptions): Promise<EmulatorStarted>;
  /**
   * The emulator's answer to a request, or null when no handler takes it (outside `/v1.0/` and
   * `/_emulator/`). Waits for `start`; rejects when the emulator could not start.
   */
  handle(request: WireRequest): Promise<WireResponse | null>;
  /**
   * Answers `handle` on `port` too: another worker of the portal (the seat reports) sends its
   * Graph requests there, so their answers never cross the page's UI thread.
   */
  serve(port: MessagePort): void;
  /** Stops background processing and saving. */
  stop(): Promise<void>;
}

/**
 * Longest run of the background index build, in ms: a request that arrives meanwhile waits for
 * at most about this long (10 ms added up to a tenth of the users search's 100 ms budget).
 */
const INDEX_SLICE_MS = 4;

/**
 * Builds the user search index of every tenant the emulator loads, in slices between requests, so
 * the admin's first search does not wait for it. A reset stops the build for the tenant it
 * replaces (a search meanwhile finishes it itself), and resumes it if the reset fails.
 */
export function indexUsersInBackground(backend: Pick<EmbeddedEmulator, 'emulator'>): void {
  const { emulator } = backend;
  let current = new AbortController();
  const index = (store: TenantStore) => {
    current.abort();
    current = new AbortController();
    void buildUserIndexInSlices(store, { signal: current.signal, sliceMs: INDEX_SLICE_MS });
  };
  index(emulator.store);
  emulator.onReplace(index);
  emulator.onReplacing((over) => {
    const replaced = emulator.store;
    current.abort();
    void over.then(() => {
      if (emulator.store === replaced) index(replaced);
    });
  });
}

/** A service over `open` (the real embedded emulator unless a test passes another). */
export function createEmulatorService(
  open: (options: EmbeddedOptions) => Promise<EmbeddedEmulator> = openEmbeddedEmulator,
): EmulatorService {
  let backend: Promise<EmbeddedEmulator> | null = null;
  const started = () => {
    if (!backend) throw new Error('The emulator worker was asked to answer before it was started.');
    return backend;
  };
  const service: EmulatorService = {
    async start(options) {
      if (!backend) {
        backend = open(options);
        backend.then(indexUsersInBackground, () => undefined);
      }
      return { restored: (await backend).restored };
    },
    async handle(wire) {
      const emulator = await started();
      const request = requestFromWire(wire);
      const response = await getResponse(emulator.handlers, request);
      if (!response) return null;
      const answer = await responseToWire(response);
      return transfer(answer, transferables(answer));
    },
    serve(port) {
      expose({ handle: (wire: WireRequest) => service.handle(wire) }, port);
    },
    async stop() {
      if (backend) (await backend).stop();
    },
  };
  return service;
}
