/**
 * Requests and responses as plain data, to cross to the embedded emulator's Web Worker and back
 * (from the page's MSW handlers, or from another worker through a port, `port-fetch.ts`): method,
 * URL, header pairs and the body as one `ArrayBuffer`, which is transferred (moved, not copied).
 */

/** A `Request` as data. */
export interface WireRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: ArrayBuffer | null;
}

/** A `Response` as data. */
export interface WireResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: ArrayBuffer | null;
}

const BODILESS_METHODS = new Set(['GET', 'HEAD']);
/** Statuses a `Response` may not have a body with. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function headersOf(pairs: WireRequest['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of pairs) headers.append(name, value);
  return headers;
}

/** Reads a request into data (its body is consumed). */
export async function requestToWire(request: Request): Promise<WireRequest> {
  const body = BODILESS_METHODS.has(request.method) ? null : await request.arrayBuffer();
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: body && body.byteLength > 0 ? body : null,
  };
}

/** The request again. */
export function requestFromWire(wire: WireRequest): Request {
  return new Request(wire.url, {
    method: wire.method,
    headers: headersOf(wire.headers),
    body: BODILESS_METHODS.has(wire.method) ? null : wire.body,
  });
}

/** Reads a response into data (its body is consumed). */
export async function responseToWire(response: Response): Promise<WireResponse> {
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body,
  };
}

/** The response again. */
export function responseFromWire(wire: WireResponse): Response {
  return new Response(NULL_BODY_STATUSES.has(wire.status) ? null : wire.body, {
    status: wire.status,
    statusText: wire.statusText,
    headers: headersOf(wire.headers),
  });
}

/** The buffers to transfer with a message carrying `wire`. */
export function transferables(wire: WireRequest | WireResponse | null): ArrayBuffer[] {
  return wire?.body ? [wire.body] : [];
}
