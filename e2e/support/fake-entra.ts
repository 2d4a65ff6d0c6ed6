/**
 * Microsoft Entra's sign-in, answered by a fake identity provider for the live journeys.
 *
 * MSAL knows `login.microsoftonline.com`'s metadata itself (msal-common `AuthorityMetadata`), so it
 * fetches no OpenID configuration or instance discovery: the fake answers exactly what MSAL calls,
 * the authorize endpoint (a navigation, or a hidden iframe for silent renewal), the token endpoint
 * (authorization code and refresh token grants) and the logout endpoint, and records anything else
 * as unexpected. Access tokens are the HTTP emulator's own, minted through its control API for the
 * account that signs in; the ID token carries the account's roles in `wids`.
 */
import type { Route } from '@playwright/test';
import { ROLE_TEMPLATE_IDS, isRoleName } from '../../src/engine/roles';
import { emulatorToken } from './http-emulator';

/** The app registration and tenant the live journeys sign in to. */
export const CLIENT_ID = '3f1c2b7a-5d4e-4c3b-9a8f-0e1d2c3b4a59';
export const TENANT_ID = '7e3a1c52-9b8d-4f6e-a1b2-c3d4e5f60718';

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
