/**
 * What the HTTP server lets in, before a request reaches the pipeline:
 *
 * - Methods: GET, HEAD, POST, PATCH, PUT, DELETE and OPTIONS; anything else (TRACE, CONNECT, ...)
 *   is 405 in Graph's envelope.
 * - Host: a loopback name (`localhost`, `127.x.x.x`, `::1`), the `--host` the server listens on
 *   (for a wildcard host, every address of this machine and its name) or an `--allow-host`; any
 *   other `Host` header is refused, so a DNS-rebound name cannot reach the emulator from a page.
 * - Origin: a request that carries an `Origin` is answered only for allowed origins (the
 *   portal's dev and preview origins, plus `--allow-origin`), with CORS headers naming that one
 *   origin and never `Allow-Credentials`; from any other origin it is refused before it runs, so
 *   a page elsewhere can neither read an answer nor make a change.
 * - Control API: when the server listens on a non-loopback address, `/_emulator/...` needs the
 *   control secret in `X-Emulator-Control-Secret` (printed at start, or `--control-secret`).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { GraphError } from '../graph/errors';

/** The portal's origins: `npm start` (dev) and `npm run preview`. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'http://127.0.0.1:4173',
  'http://localhost:4173',
];

/** The header that carries the control secret. */
export const CONTROL_SECRET_HEADER = 'x-emulator-control-secret';

/** Methods the server answers; others are 405 before anything else runs. */
export const KNOWN_METHODS: ReadonlySet<string> = new Set([
  'GET',
  'HEAD',
  'POST',
  'PATCH',
  'PUT',
  'DELETE',
  'OPTIONS',
]);

const ALLOWED_HEADERS =
  'authorization, content-type, consistencylevel, client-request-id, prefer, sdkversion, return-client-request-id, x-emulator-control-secret';
const EXPOSED_HEADERS = 'request-id, client-request-id, location, content-type';

/** Whether a host name (no port) is a loopback name. */
export function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(name)
  );
}

/** The host name of a `Host` header, without its port (`[::1]:4010` reads as `::1`). */
export function hostName(header: string): string {
  const trimmed = header.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(1, trimmed.indexOf(']'));
  const colon = trimmed.lastIndexOf(':');
  return colon === -1 ? trimmed : trimmed.slice(0, colon);
}

/** The host names a server on `host` answers to, besides loopback names. */
export function acceptedHostNames(host: string, extra: readonly string[] = []): Set<string> {
  const names = new Set(extra.map((h) => hostName(h)));
  const bound = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bound === '0.0.0.0' || bound === '::') {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces()))
      for (const address of list ?? []) names.add(address.address.toLowerCase());
  } else {
    names.add(bound);
  }
  return names;
}

/** Whether two secrets match, in constant time. */
export function secretMatches(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** How the server is exposed. */
export interface Exposure {
  readonly allowedOrigins: ReadonlySet<string>;
  readonly hostNames: ReadonlySet<string>;
  /** Required on `/_emulator/...` when set. */
  readonly controlSecret: string | null;
}

const refuse = (status: number, message: string) =>
  new GraphError(status, 'Authorization_RequestDenied', message);

/** Why a request may not go on, or null. CORS headers are set on `setHeader` for allowed origins. */
export function screen(
  exposure: Exposure,
  request: {
    readonly method: string;
    readonly host: string | undefined;
    readonly origin: string | undefined;
    readonly pathname: string;
    readonly secret: string | undefined;
  },
  setHeader: (name: string, value: string) => void,
): GraphError | null {
  if (!KNOWN_METHODS.has(request.method))
    return new GraphError(
      405,
      'Request_BadRequest',
      'Specified HTTP method is not allowed for the request target.',
    );
  const name = request.host === undefined ? '' : hostName(request.host);
  if (!isLoopback(name) && !exposure.hostNames.has(name))
    return refuse(
      403,
      `Requests for host '${request.host ?? ''}' are refused: the emulator answers loopback names and the host it listens on (start it with --allow-host to add one).`,
    );
  if (request.origin !== undefined) {
    if (!exposure.allowedOrigins.has(request.origin))
      return refuse(
        403,
        `Requests from origin '${request.origin}' are refused: only the portal's origins may call the emulator (start it with --allow-origin to add one).`,
      );
    setHeader('access-control-allow-origin', request.origin);
    setHeader('vary', 'Origin');
    setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  if (request.method === 'OPTIONS') return null;
  if (
    exposure.controlSecret !== null &&
    request.pathname.startsWith('/_emulator/') &&
    !secretMatches(request.secret, exposure.controlSecret)
  )
    return refuse(
      403,
      'The control API needs the control secret the emulator printed at start, in the X-Emulator-Control-Secret header, when it listens on a non-loopback address.',
    );
  return null;
}

/**
 * The headers of a preflight answer (after `screen` allowed the origin): the headers the page
 * asks for (it is an allowed origin), or the ones Graph clients send.
 */
export function preflightHeaders(
  requested: string | undefined,
  setHeader: (name: string, value: string) => void,
): void {
  setHeader('access-control-allow-methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS');
  setHeader('access-control-allow-headers', requested ?? ALLOWED_HEADERS);
  setHeader('access-control-max-age', '600');
}
