/**
 * The embedded backend of the portal: an MSW service worker answering
 * `https://graph.microsoft.com/v1.0/...` (and `/_emulator/...`) from the emulator, with the tenant
 * kept in IndexedDB so it survives a reload. Processing, seed building and saving run in small
 * slices, so the page stays responsive with 100,000 users.
 */
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import type { Emulator } from './graph/emulator';
import { openEmbeddedEmulator } from './persistence/embedded';
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
export async function startEmbeddedBackend(
  options: { seed?: SeedName; serviceWorkerUrl?: string } = {},
): Promise<EmbeddedBackend> {
  const backend = await openEmbeddedEmulator({ seed: options.seed ?? 'default' });
  // A change is saved before its answer goes back, so reloading right after a change loses nothing
  // (the debounced autosave still covers background processing).
  const saveBeforeAnswering = http.all('*', ({ request }) => backend.answer(request));
  const worker = setupWorker(saveBeforeAnswering, ...backend.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return {
    emulator: backend.emulator,
    stop() {
      backend.stop();
      worker.stop();
    },
  };
}
