/**
 * The entry point. Emulator mode: start the embedded Graph emulator (an MSW service worker
 * answering graph.microsoft.com) unless a Graph base URL is configured. Live mode: start MSAL and
 * finish a sign-in redirect (`handleRedirectPromise`, every load); no emulator and no MSW worker
 * start. Then render the portal.
 */
import { RouterProvider } from '@tanstack/react-router';
import { Fragment, StrictMode, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { answerReportsFromEmulator } from '../api/seat-reports/emulator-port';
import { readMyRoleTemplateIds } from '../api/session';
import { configuredGraphBaseUrl } from '../lib/graph/graph-config';
import { loadWords } from '../lib/i18n/catalog';
import { portalMode } from '../lib/mode/portal-mode';
import { AppProviders } from './providers';
import { createAppQueryClient } from './query-client';
import { prefetchRoutesWhenIdle } from './prefetch';
import { createAppRouter } from './router';
import { LIVE_WORDS } from './routes/words';

type Wrapper = ComponentType<{ children: ReactNode }>;

/** Starts what the mode talks to; returns what wraps the portal (MSAL's provider in live mode). */
async function startBackend(): Promise<Wrapper> {
  if (portalMode.kind === 'live') {
    const [{ startLiveSession }, { liveWrapper }] = await Promise.all([
      import('../lib/session/live-session'),
      import('./live-provider'),
      loadWords(LIVE_WORDS),
    ]);
    return liveWrapper(await startLiveSession(portalMode, readMyRoleTemplateIds));
  }
  if (configuredGraphBaseUrl() !== null) return Fragment;
  const { startEmbeddedBackend } = await import('../../mocks/browser');
  const embedded = await startEmbeddedBackend({
    serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
  });
  // The seat reports' worker reads the emulator directly, not through the page.
  answerReportsFromEmulator(() => embedded.graphPort());
  return Fragment;
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to render the portal into.');
  const Backend = await startBackend();
  const queryClient = createAppQueryClient();
  const router = createAppRouter({ queryClient });
  createRoot(container).render(
    <StrictMode>
      <Backend>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </Backend>
    </StrictMode>,
  );
  prefetchRoutesWhenIdle(router);
}

void main();
