/**
 * Opens the seat reports for the page (`reports-backend.ts` loads this module on the first report,
 * so Comlink and the service stay out of the entry chunk): the reports worker
 * (`reports.worker.ts`), lent the page's tokens (the session's in the sandbox, MSAL's in live
 * mode) and Graph base URL; the requests it waits out before sending (Graph's 429s) are shown in
 * the top bar with the page's own. In the sandbox the worker reaches the embedded emulator through
 * a port (`emulator-port.ts`), not through the MSW service worker: the service worker hands a
 * request it intercepts to the page (whose handler forwards it to the emulator), so every byte of
 * an answer would cross the page's UI thread again; and a request from a client MSW did not
 * register is mocked only when it finds a visible window client of its own, else it goes to the
 * network (seen in Chromium: the worker's reads failed with ERR_NAME_NOT_RESOLVED in one of two
 * journeys). Where there is no `Worker` (component tests in jsdom), the same service runs in the
 * page on the page's Graph client.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import { graph } from '../../lib/graph/graph';
import { DEFAULT_GRAPH_BASE_URL, graphBaseUrl } from '../../lib/graph/graph-config';
import { useGraphWaitsStore } from '../../lib/graph/graph-waits-store';
import type { GraphWait } from '../../lib/graph/request-gate';
import { portalMode } from '../../lib/mode/portal-mode';
import { renewSessionToken, sessionToken } from '../../lib/session/sign-in';
import { emulatorPort } from './emulator-port';
import { createReportsService, type ReportsService } from './reports-service';

/** What the page asks of the reports: the worker's service, every answer a promise. */
export type ReportsBackend = Remote<ReportsService> | ReportsService;

async function pageToken(renew: boolean): Promise<string | null> {
  if (portalMode.kind === 'live')
    return (await import('../../lib/session/live-session')).acquireGraphToken(renew);
  return renew ? renewSessionToken() : sessionToken();
}

const onWaits = (waits: readonly GraphWait[]) => {
  useGraphWaitsStore.getState().setFrom('seat reports', waits);
};

function startWorker(): Remote<ReportsService> {
  const worker = new Worker(new URL('./reports.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Seat reports',
  });
  const remote = wrap<ReportsService>(worker);
  const live = portalMode.kind === 'live';
  const emulator = live ? null : emulatorPort();
  const target = { baseUrl: live ? DEFAULT_GRAPH_BASE_URL : graphBaseUrl(), live };
  void remote.connect(
    proxy(pageToken),
    emulator ? transfer({ ...target, emulator }, [emulator]) : target,
    proxy(onWaits),
  );
  return remote;
}

/** The reports' backend: the worker in a browser, the service itself where there is no `Worker`. */
export const openReports = (): ReportsBackend =>
  typeof Worker === 'function' ? startWorker() : createReportsService({ client: graph });
