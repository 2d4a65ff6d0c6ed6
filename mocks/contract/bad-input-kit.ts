/**
 * The bad-input table's kit: what a case is, the ids it refers to (filled in once the tenant is
 * up), a sender over Node's `http` (any method, any header, any body: `fetch` cannot send TRACE,
 * a wrong Host or a 5 MB body without a token) and the digest of the whole tenant.
 */
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { RoleName } from '../graph/auth';
import type { TenantStore } from '../graph/store';
import { exportStore } from '../persistence/codec';
import { ADMIN_UPNS } from '../seeds/kit';
import { skuOf } from './scenario-kit';
import type { Harness } from './support';

/** One refused request and what it must answer. */
export interface BadInput {
  readonly name: string;
  readonly method: string;
  /** A path below `/v1.0` (`/users`), or with `raw` a path from the root (`/_emulator/token`). */
  readonly path: () => string;
  readonly raw?: boolean;
  /** The body; a function for large ones (built when sent). */
  readonly body?: string | (() => string);
  /**
   * Headers sent as they are (lower-case names); `content-type: application/json` is added when
   * there is a body and no `content-type`, and `content-type: ''` sends none.
   */
  readonly headers?: Readonly<Record<string, string>>;
  /** Whose token goes with the request (default the Global Administrator); null for none. */
  readonly as?: RoleName | null;
  readonly status: number;
  readonly code: string;
  readonly message?: RegExp;
}

/** Ids of the default tenant the cases use, filled in by the runner. */
export const ids: Record<string, string> = {};
export const MISSING = '00000000-0000-4000-8000-000000000000';
export const E3 = skuOf('ENTERPRISEPACK');
export const json = (value: unknown) => JSON.stringify(value);
export const newUser = {
  accountEnabled: true,
  displayName: 'Bad Input',
  mailNickname: 'badinput',
  userPrincipalName: 'bad.input@contoso.com',
  passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
};
export const newGroup = {
  displayName: 'Bad input group',
  mailEnabled: false,
  mailNickname: 'badinputgroup',
  securityEnabled: true,
};

/** SHA-256 of the whole tenant as it would be saved (engine, Graph fields, tokens, audit, clock). */
export function tenantDigest(store: TenantStore): string {
  return createHash('sha256')
    .update(JSON.stringify(exportStore(store)))
    .digest('hex');
}

/** An answer as the runner reads it. */
export interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly text: string;
}

/** Sends one case over Node's `http` client. */
export async function send(h: Harness, item: BadInput): Promise<Answer> {
  const target = new URL(item.raw ? item.path() : `/v1.0${item.path()}`, h.origin);
  const headers: Record<string, string> = { ...item.headers };
  const who = item.as === undefined ? 'Global Administrator' : item.as;
  if (who !== null && headers.authorization === undefined)
    headers.authorization = `Bearer ${await h.token(ADMIN_UPNS[who])}`;
  const body = typeof item.body === 'function' ? item.body() : item.body;
  if (body !== undefined && headers['content-type'] === undefined)
    headers['content-type'] = 'application/json';
  // An empty content type in a case means none at all.
  if (headers['content-type'] === '') delete headers['content-type'];
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: item.method,
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Record<string, unknown>;
          try {
            parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            parsed = {};
          }
          resolve({ status: res.statusCode ?? 0, json: parsed, text });
        });
      },
    );
    // The server may answer (401, 413) and close before a large body is all sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(body);
  });
}
