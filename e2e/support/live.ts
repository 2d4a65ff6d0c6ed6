/**
 * Live mode without internet: the portal in live mode (the run-time choice in localStorage), Microsoft
 * Entra's sign-in answered by a fake identity provider (`fake-entra.ts`), and `graph.microsoft.com`
 * routed to the HTTP emulator in the `graph` profile (`http-emulator.ts`, started by the Playwright
 * config). Here: the routing and its request log, signing in, and the live journeys' `test`.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { ADMIN } from './accounts';
import { CLIENT_ID, FakeEntra, TENANT_ID } from './fake-entra';
import { EMULATOR, THROTTLE_RATE, control, graphProfile } from './http-emulator';
import { expect, test as hygienic } from './test';

/**
 * How long a live journey waits for a write, or a read, to settle under the \`graph\` profile:
 * every forced 429 costs its Retry-After plus the client's backoff, and the refresh after a write
 * meets the same odds. At a load of 19 one Save met three 429s in a row (12 s) and its refresh two
 * more, and the toast came after the old 30 s. A guard against a hang, not a speed target.
 */
export const LIVE_SETTLE_MS = 60_000;

/** Graph requests the portal sent, as `METHOD /path` (no query), and $batch inner requests. */
export class GraphLog {
  readonly requests: string[] = [];
  throttledSeen = 0;
  /** Graph requests sent and not answered yet. */
  inFlight = 0;
  /** Graph's successful answers to the portal's reads (not $batch), as `GET /path` and the body. */
  readonly answers: { read: string; body: string }[] = [];
  /** False once the journey has left live mode: the sandbox's requests are not live mode's. */
  recording = true;
  /**
   * True once the journey is over: a read the page still had in flight (a poll, a refetch) then
   * meets the context closing, and its answer, nobody's any more, cannot be read
   * ("apiResponse.text: Response has been disposed").
   */
  ended = false;

  paths(): string[] {
    return this.requests;
  }
}

/**
 * Routes a context's Entra and Graph traffic: the fake Entra, and Graph to the HTTP emulator. Every
 * Graph request is logged; a request to an emulator extension or the control API fails the journey.
 */
export async function routeLive(
  context: BrowserContext,
  entra: FakeEntra,
  log: GraphLog,
): Promise<void> {
  await context.route('https://login.microsoftonline.com/**', (route) => entra.handle(route));
  await context.route('https://graph.microsoft.com/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() !== 'OPTIONS' && log.recording) {
      log.requests.push(`${request.method()} ${url.pathname}`);
      if (url.pathname.endsWith('/$batch')) {
        const body = request.postDataJSON() as { requests?: { method: string; url: string }[] };
        for (const inner of body.requests ?? [])
          log.requests.push(`${inner.method} ${inner.url} (batch)`);
      }
    }
    log.inFlight += 1;
    try {
      const response = await route.fetch({ url: `${EMULATOR}${url.pathname}${url.search}` });
      if (response.status() === 429) log.throttledSeen += 1;
      // The emulator writes absolute links (nextLink) with its own origin; Graph's are its own.
      const body = (await response.text()).replaceAll(EMULATOR, 'https://graph.microsoft.com');
      if (request.method() === 'GET' && response.status() === 200 && log.recording)
        log.answers.push({ read: `GET ${url.pathname}`, body });
      await route.fulfill({ response, body });
    } catch (error) {
      if (!log.ended) throw error;
    } finally {
      log.inFlight -= 1;
    }
  });
}

/** Opens the portal in live mode for the fake tenant. */
export async function openLivePortal(page: Page): Promise<void> {
  await page.addInitScript(
    ({ clientId, tenant }) => {
      // Only the first time: the admin's own choice (back to the sandbox) then stands.
      if (localStorage.getItem('portal.mode') === null)
        localStorage.setItem('portal.mode', JSON.stringify({ kind: 'live', clientId, tenant }));
    },
    { clientId: CLIENT_ID, tenant: TENANT_ID },
  );
  await page.goto('/');
}

/** Signs in through the fake Entra; the shell then shows the tenant's name. */
export async function signInLive(page: Page): Promise<void> {
  await openLivePortal(page);
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByTestId('portal-mode')).toHaveText('Contoso');
}

/** A request to an emulator extension or the control API, on any origin (must be none in live mode). */
const EXTENSION =
  /\/_emulator(\/|$)|\/groups\/[^/ ?]+\/(previewAssignLicense|previewMembershipRule|reprocessLicenseAssignment|evaluateDynamicMembership)\b|\/groups\/evaluateDynamicMembership\b/i;

/** Every logged request that went to an emulator extension or the control API (must be none). */
export function extensionCalls(requests: readonly string[]): string[] {
  return requests.filter((line) => EXTENSION.test(line));
}

/** What a live journey works with. */
export interface LiveJourney {
  readonly entra: FakeEntra;
  /** Graph requests, as `METHOD /path` ($batch inner requests included). */
  readonly log: GraphLog;
  /** Every request the browser sent in live mode, any origin, as `METHOD url`. */
  readonly sent: string[];
  /** Stops the checks' record: the journey is leaving live mode (back to the sandbox). */
  readonly leaveLive: () => void;
}

/**
 * The live journeys' `test`: the hygiene fixture's (no console error, no unexpected failed or
 * abandoned request), and around each journey: the default seed, the `graph` profile with
 * `THROTTLE_RATE` of Graph requests forced to 429 (expected on the wire, never shown), a fake
 * Entra signing in as `liveAdmin`, Graph routed and logged; afterwards nothing was asked of Entra
 * that the fake does not answer, no request of any origin went to an emulator extension or the
 * control API, and the page only talked to itself, Entra and Graph.
 */
export const test = hygienic.extend<{ liveAdmin: string; live: LiveJourney }>({
  liveAdmin: [ADMIN.global, { option: true }],
  live: [
    async ({ context, hygiene, liveAdmin, baseURL }, use) => {
      hygiene.expectFailure({ url: 'https://graph.microsoft.com/', status: 429 });
      await control('POST', '/reset', { seed: 'default' });
      await graphProfile(THROTTLE_RATE);
      const entra = new FakeEntra(liveAdmin);
      const log = new GraphLog();
      const sent: string[] = [];
      context.on('request', (request) => {
        if (log.recording) sent.push(`${request.method()} ${request.url()}`);
      });
      await routeLive(context, entra, log);

      await use({
        entra,
        log,
        sent,
        leaveLive: () => {
          log.recording = false;
        },
      });
      log.ended = true;

      expect(entra.unexpected).toEqual([]);
      expect(extensionCalls([...log.requests, ...sent])).toEqual([]);
      const origins = new Set(
        sent
          .map((line) => new URL(line.slice(line.indexOf(' ') + 1)))
          .filter((url) => url.protocol === 'http:' || url.protocol === 'https:')
          .map((url) => url.origin),
      );
      origins.delete(new URL(baseURL ?? 'http://127.0.0.1').origin);
      origins.delete('https://graph.microsoft.com');
      origins.delete('https://login.microsoftonline.com');
      expect([...origins]).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
