/**
 * The embedded backend of the portal. The emulator (engine, tenant store, background processing,
 * seeds, IndexedDB persistence) runs in a dedicated Web Worker, so the page's UI thread only
 * renders. An MSW service worker still intercepts `https://graph.microsoft.com/v1.0/...` (and
 * `/_emulator/...`), so the portal's Graph client is the same as against any other server; the
 * page-side handler forwards each request to the emulator worker through Comlink and answers with
 * its response. Requests sent before the tenant is loaded wait for it.
 */
import { transfer, wrap } from 'comlink';
import { setupWorker } from 'msw/browser';
import type { SeedName } from './seeds/names';
import type { EmulatorService, EmulatorStarted } from './worker/emulator-service';
import { forwardingHandlers } from './worker/forward';
import { withUpdateChecksHandled } from './worker/update-check';

/** What `startEmbeddedBackend` returns. */
export interface EmbeddedBackend {
  /** Resolves once the emulator has its tenant; rejects if it could not start. */
  readonly ready: Promise<EmulatorStarted>;
  /**
   * A port the emulator answers requests on (`EmulatorService.serve`), for a worker of the portal
   * to reach it directly: its answers then cross neither the service worker nor the page.
   */
  graphPort(): MessagePort;
  stop(): void;
}

/** Resolves never; rejects with the worker's first uncaught error (a module that failed to load). */
function failureOf(worker: Worker): Promise<never> {
  return new Promise((_resolve, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new Error(event.message || 'the emulator worker failed to load'));
    });
  });
}

/**
 * Starts the emulator worker and the service worker in front of it, and resolves once the service
 * worker intercepts requests (the tenant may still be loading: requests wait for `ready`). The
 * tenant is restored from IndexedDB when one was saved, otherwise built from `seed`;
 * `POST /_emulator/reset` returns to a seed (and the saved copy follows).
 */
export async function startEmbeddedBackend(
  options: { seed?: SeedName; serviceWorkerUrl?: string } = {},
): Promise<EmbeddedBackend> {
  const worker = new Worker(new URL('./worker/emulator.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Graph emulator',
  });
  const emulator = wrap<EmulatorService>(worker);
  const ready = Promise.race([
    emulator.start({ seed: options.seed ?? 'default' }),
    failureOf(worker),
  ]);
  ready.catch((error: unknown) => {
    console.error('The embedded Graph emulator could not start.', error);
  });
  const msw = setupWorker(...forwardingHandlers(emulator, ready));
  await withUpdateChecksHandled(ServiceWorkerRegistration.prototype, () =>
    msw.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    }),
  );
  return {
    ready,
    graphPort() {
      const channel = new MessageChannel();
      void emulator.serve(transfer(channel.port1, [channel.port1]));
      return channel.port2;
    },
    stop() {
      msw.stop();
      void emulator.stop().finally(() => {
        worker.terminate();
      });
    },
  };
}
