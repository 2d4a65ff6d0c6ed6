/**
 * The entry point: start the embedded Graph emulator (an MSW service worker answering
 * graph.microsoft.com) unless a Graph base URL is configured, then render the portal.
 */
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configuredGraphBaseUrl } from '../lib/graph/graph-config';
import { AppProviders } from './providers';
import { createAppQueryClient } from './query-client';
import { prefetchRoutesWhenIdle } from './prefetch';
import { createAppRouter } from './router';

async function startBackend(): Promise<void> {
  if (configuredGraphBaseUrl() !== null) return;
  const { startEmbeddedBackend } = await import('../../mocks/browser');
  await startEmbeddedBackend({
    serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
  });
}

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to render the portal into.');
  await startBackend();
  const queryClient = createAppQueryClient();
  const router = createAppRouter({ queryClient });
  createRoot(container).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  prefetchRoutesWhenIdle(router);
}

void main();
