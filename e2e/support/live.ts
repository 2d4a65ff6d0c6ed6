/**
 * Live mode without internet: the portal in live mode (the run-time choice in localStorage), Microsoft
 * Entra's sign-in answered by a fake identity provider, and `graph.microsoft.com` routed to the HTTP
 * emulator in the `graph` profile (started by the Playwright config).
 *
 * MSAL knows `login.microsoftonline.com`'s metadata itself (msal-common `AuthorityMetadata`), so it
 * fetches no OpenID configuration or instance discovery: the fake answers exactly what MSAL calls,
 * the authorize endpoint (a navigation, or a hidden iframe for silent renewal), the token endpoint
 * (authorization code and refresh token grants) and the logout endpoint, and records anything else
 * as unexpected. Access tokens are the emulator's own, minted through its control API for the
 * account that signs in; the ID token carries the account's roles in `wids`.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { ROLE_TEMPLATE_IDS, isRoleName } from '../../src/engine/roles';
import { ADMIN } from './accounts';
import { expect, test as hygienic } from './test';

export const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? String(Number(process.env.E2E_PORT ?? 4173) - 160)}`;
export const CLIENT_ID = '3f1c2b7a-5d4e-4c3b-9a8f-0e1d2c3b4a59';
export const TENANT_ID = '7e3a1c52-9b8d-4f6e-a1b2-c3d4e5f60718';

/** The HTTP emulator's control API, from the test (Node). */
export async function control(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${EMULATOR}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} /_emulator${path}: ${String(response.status)} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** An emulator token for an admin: the access token the fake Entra hands out. */
export async function emulatorToken(upn: string): Promise<{ token: string; roles: string[] }> {
  const answer = (await control('POST', '/token', { userPrincipalName: upn })) as {
    access_token: string;
    roles: string[];
  };
  return { token: answer.access_token, roles: answer.roles };
}

/** Graph on the emulator as an admin, from the test. */
export async function graphAsAdmin(
  upn: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; retryAfterMs: number | null }> {
  const { token } = await emulatorToken(upn);
  const response = await fetch(`${EMULATOR}/v1.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ConsistencyLevel: 'eventual',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const retryAfter = response.headers.get('Retry-After');
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
    // Graph's Retry-After is in seconds.
    retryAfterMs: retryAfter === null ? null : Number(retryAfter) * 1_000,
  };
}

/**
 * A Graph read as `upn` that waits out the 429s the journeys' profile forces (E2E_THROTTLE_RATE):
 * read again once the answer's Retry-After has passed, as any Graph client must; any other failure
 * fails the journey.
 */
export async function graphRead<T>(upn: string, path: string): Promise<T> {
  for (;;) {
    const { status, json, retryAfterMs } = await graphAsAdmin(upn, 'GET', path);
    if (status === 200) return json as T;
    if (status !== 429 || retryAfterMs === null)
      throw new Error(`GET ${path}: ${String(status)} ${JSON.stringify(json)}`);
    await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
  }
}

/**
 * How long a live journey waits for a write, or a read, to settle under the \`graph\` profile:
 * every forced 429 costs its Retry-After plus the client's backoff, and the refresh after a write
 * meets the same odds. At a load of 19 one Save met three 429s in a row (12 s) and its refresh two
 * more, and the toast came after the old 30 s. A guard against a hang, not a speed target.
 */
export const LIVE_SETTLE_MS = 60_000;

/** The `graph` profile, as the journeys run it: budgets on, lists lag, `rate` of requests forced to 429. */
export async function graphProfile(rate: number, lagMs = 2_000): Promise<void> {
  await control('POST', '/profile', {
    profile: 'graph',
    lagMs,
    throttle: { budgets: true, rate, seed: 7, retryAfter: 1 },
  });
}

/**
 * Forces the next `next` Graph requests of `method` to the route `pattern` (as the emulator
 * declares it, such as `/users/:id/reprocessLicenseAssignment`) to 429 with this `Retry-After`,
 * whatever the forced rate draws: a journey that must see throttling every run.
 */
export async function forceThrottled(
  next: number,
  retryAfter: number,
  method: string,
  pattern: string,
): Promise<void> {
  await control('POST', '/throttle', { next, retryAfter, method, pattern });
}

/**
 * Watches the grid rows named `name` (their row header) from the moment one shows a cell reading
 * exactly `cell`; the check it returns says whether such a row went away again or stopped showing
 * it (the old value back). Read-your-writes: the admin's change, once shown, never leaves.
 */
export async function watchRow(
  page: Page,
  name: string,
  cell: string,
): Promise<() => Promise<boolean>> {
  const key = `rowWatch${String(Date.now())}`;
  await page.evaluate(
    ({ key, name, cell }) => {
      const state = { seen: false, lost: false };
      (window as unknown as Record<string, typeof state>)[key] = state;
      const shows = () =>
        [...document.querySelectorAll('[role="row"]')].some((row) => {
          const cells = [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')];
          return (
            cells.some(
              (c) => c.getAttribute('role') === 'rowheader' && c.textContent.includes(name),
            ) && cells.some((c) => c.textContent.trim() === cell)
          );
        });
      const check = () => {
        if (shows()) state.seen = true;
        else if (state.seen) state.lost = true;
      };
      check();
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    { key, name, cell },
  );
  return () =>
    page.evaluate(
      (key) =>
        (window as unknown as Record<string, { lost: boolean } | undefined>)[key]?.lost ?? true,
      key,
    );
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

/** What the fake Entra saw and how it answers. */
export class FakeEntra {
  /** The account the next interactive sign-in signs in as. */
  user: string;
  /** Refresh grants answer `invalid_grant` and prompt=none answers `interaction_required`. */
  requireInteraction = false;
  /** Whether ID tokens carry the `wids` claim (an app registration that emits no role claim: false). */
  emitWids = true;
  readonly calls: string[] = [];
  readonly unexpected: string[] = [];
  private readonly codes = new Map<string, { upn: string; nonce: string }>();
  private readonly refreshTokens = new Map<string, string>();

  constructor(user: string) {
    this.user = user;
  }

  count(kind: string): number {
    return this.calls.filter((call) => call === kind).length;
  }

  async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const cors = {
      'Access-Control-Allow-Origin': request.headers().origin ?? '*',
      'Access-Control-Allow-Headers': '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    };
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: cors });
      return;
    }
    const endpoint = url.pathname.replace(/^\/[^/]+\/oauth2\/v2\.0\//, '');
    if (endpoint === 'authorize') return this.authorize(route, url);
    if (endpoint === 'token' && request.method() === 'POST') return this.token(route, cors);
    if (endpoint === 'logout') {
      this.calls.push('logout');
      const back = url.searchParams.get('post_logout_redirect_uri') ?? '/';
      await route.fulfill({ status: 302, headers: { location: back } });
      return;
    }
    this.unexpected.push(`${request.method()} ${url.pathname}`);
    await route.fulfill({ status: 404, headers: cors, body: 'not answered by the fake Entra' });
  }

  private async authorize(route: Route, url: URL): Promise<void> {
    const p = url.searchParams;
    const silent = p.get('prompt') === 'none';
    this.calls.push(silent ? 'authorize:silent' : 'authorize');
    const redirectUri = p.get('redirect_uri') ?? '';
    const answer = new URLSearchParams({ state: p.get('state') ?? '' });
    if (silent && this.requireInteraction) {
      answer.set('error', 'interaction_required');
      answer.set('error_description', 'AADSTS50076: multi-factor authentication is required.');
    } else {
      const code = `code-${String(this.codes.size + 1)}-${String(Date.now())}`;
      this.codes.set(code, { upn: this.user, nonce: p.get('nonce') ?? '' });
      answer.set('code', code);
      answer.set('client_info', this.clientInfo(this.user));
      this.requireInteraction = false;
    }
    const separator = p.get('response_mode') === 'query' ? '?' : '#';
    await route.fulfill({
      status: 302,
      headers: { location: `${redirectUri}${separator}${answer.toString()}` },
    });
  }

  private async token(route: Route, cors: Record<string, string>): Promise<void> {
    const form = new URLSearchParams(route.request().postData() ?? '');
    const grant = form.get('grant_type');
    this.calls.push(`token:${grant ?? '?'}`);
    let upn: string | undefined;
    let nonce = '';
    if (grant === 'authorization_code') {
      const issued = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      upn = issued?.upn;
      nonce = issued?.nonce ?? '';
    } else if (grant === 'refresh_token' && !this.requireInteraction) {
      upn = this.refreshTokens.get(form.get('refresh_token') ?? '');
    }
    if (upn === undefined) {
      await route.fulfill({
        status: 400,
        headers: { ...cors, 'content-type': 'application/json' },
        body: JSON.stringify({
          error: 'invalid_grant',
          error_description: 'AADSTS50076: multi-factor authentication is required.',
          error_codes: [50076],
          suberror: 'basic_action',
        }),
      });
      return;
    }
    const { token, roles } = await emulatorToken(upn);
    const refresh = `rt-${String(this.refreshTokens.size + 1)}`;
    this.refreshTokens.set(refresh, upn);
    await route.fulfill({
      status: 200,
      headers: { ...cors, 'content-type': 'application/json' },
      body: JSON.stringify({
        token_type: 'Bearer',
        scope: form.get('scope') ?? '',
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: token,
        refresh_token: refresh,
        id_token: this.idToken(upn, roles, nonce),
        client_info: this.clientInfo(upn),
      }),
    });
  }

  private oid(upn: string): string {
    const hex = Buffer.from(upn).toString('hex').padEnd(32, '0').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private clientInfo(upn: string): string {
    return base64url(JSON.stringify({ uid: this.oid(upn), utid: TENANT_ID }));
  }

  private idToken(upn: string, roles: readonly string[], nonce: string): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      aud: CLIENT_ID,
      iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: upn.split('@')[0],
      preferred_username: upn,
      oid: this.oid(upn),
      sub: this.oid(upn),
      tid: TENANT_ID,
      nonce,
      ver: '2.0',
      ...(this.emitWids
        ? { wids: roles.filter(isRoleName).map((role) => ROLE_TEMPLATE_IDS[role]) }
        : {}),
    };
    return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
  }
}

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

/**
 * Share of Graph requests the emulator answers 429 in the live journeys: `E2E_THROTTLE_RATE`, one
 * in ten by default (what `npm test` runs: the "10% of requests throttled").
 */
export const THROTTLE_RATE = Number(process.env.E2E_THROTTLE_RATE ?? '0.1');

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
