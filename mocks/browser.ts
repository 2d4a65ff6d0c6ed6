/**
 * The embedded backend of the portal: an MSW service worker answering
 * `https://graph.microsoft.com/v1.0/...` (and `/_emulator/...`) from the emulator, with the tenant
 * kept in IndexedDB so it survives a reload. Processing runs in small slices, so the page stays
 * responsive while large groups are processed.
 */
import { getResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { compileRule } from '../src/engine/rules';
import { Emulator } from './graph/emulator';
import { createHandlers } from './handlers';
import { autosave } from './persistence/autosave';
import { importStore } from './persistence/codec';
import { indexedDbSink, loadSnapshot } from './persistence/indexeddb';
import type { SeedName } from './seeds/names';

/** What `startEmbeddedBackend` returns. */
export interface EmbeddedBackend {
  readonly emulator: Emulator;
  stop(): void;
}

/**
 * Starts the worker. The tenant is restored from IndexedDB when one was saved, otherwise built
 * from `seed`. `POST /_emulator/reset` returns to a seed (and the saved copy follows).
 */
export async function startEmbeddedBackend(options: { seed?: SeedName; serviceWorkerUrl?: string } = {}): Promise<EmbeddedBackend> {
  let restored = null;
  try {
    const snapshot = await loadSnapshot();
    restored = snapshot ? importStore(snapshot, compileRule, 'flowing') : null;
  } catch (error) {
    console.warn('The saved tenant could not be read; starting from the seed.', error);
  }
  const emulator = new Emulator({ seed: options.seed ?? 'default', clock: 'flowing', ...(restored ? { store: restored } : {}) });
  const saver = autosave(emulator, indexedDbSink, 500);
  if (!restored) emulator.store.touch();
  const handlers = createHandlers(emulator);
  // A change is saved before its answer goes back, so reloading right after a change loses nothing
  // (the debounced autosave still covers background processing).
  const saveBeforeAnswering = http.all('*', async ({ request }) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined;
    const url = new URL(request.url);
    if (!url.pathname.includes('/v1.0/') && !url.pathname.includes('/_emulator/')) return undefined;
    const response = await getResponse(handlers, request);
    await saver.flush();
    return response;
  });
  const worker = setupWorker(saveBeforeAnswering, ...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' } });
  return {
    emulator,
    stop() { saver.stop(); worker.stop(); },
  };
}
