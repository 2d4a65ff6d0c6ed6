/**
 * Live mode's previews in component tests: the tenant copy's service (the worker's API, run
 * in-process) installed as the copy backend, reading the test tenant through Graph, while the
 * emulator's own preview endpoints are refused as real Graph refuses them. Returns the paths of any
 * refused request a blade still sent (expected: none).
 */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach } from 'vitest';
import { installCopyBackend } from '../api/tenant-copy';
import { LIVE_WORDS } from '../app/routes/words';
import { loadWords } from '../lib/i18n/catalog';
import { graph } from '../lib/graph/graph';
import { createCopyService } from '../lib/tenant-copy/copy-service';
import { testEmulator } from './emulator';

const GRAPH = 'https://graph.microsoft.com/v1.0';

/** How far behind the wall clock the copy service dates its copies (an old copy, for a test). */
export const copyClock = { lag: 0 };

/** Holds the copy's next refresh (its `users/delta` read) until released. */
export function holdCopyRefresh(): { release: () => void } {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  testEmulator().server.use(
    http.get(`${GRAPH}/users/delta`, async () => {
      await held;
    }),
  );
  return { release };
}

export function previewsOnTenantCopy(): readonly string[] {
  const asked: string[] = [];
  beforeEach(async () => {
    // The words of working on a tenant, which the portal started on a tenant loads before it renders.
    await loadWords(LIVE_WORDS);
    asked.length = 0;
    const refuse = ({ request }: { request: Request }) => {
      asked.push(new URL(request.url).pathname);
      return HttpResponse.json(
        { error: { code: 'BadRequest', message: 'Resource not found for the segment.' } },
        { status: 400 },
      );
    };
    testEmulator().server.use(
      http.post(`${GRAPH}/groups/:id/previewAssignLicense`, refuse),
      http.post(`${GRAPH}/groups/:id/previewMembershipRule`, refuse),
      http.post(`${GRAPH}/groups/:id/evaluateDynamicMembership`, refuse),
    );
    installCopyBackend(
      createCopyService({ createClient: () => graph, now: () => Date.now() - copyClock.lag }),
    );
  });
  afterEach(() => {
    copyClock.lag = 0;
    installCopyBackend(null);
    testEmulator().server.resetHandlers();
  });
  return asked;
}
