/**
 * Answers with Graph's headers: JSON bodies with Graph's content type, `request-id` and
 * `client-request-id` on every answer, and errors in Graph's envelope (`errors.ts`).
 */
import { errorBody, type GraphError } from './errors';

/** The ids every answer carries in its headers. */
export interface ResponseIds {
  readonly requestId: string;
  readonly clientRequestId: string;
}

const JSON_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

function baseHeaders(
  requestId: string,
  clientRequestId: string,
  extra: Record<string, string> = {},
): Headers {
  const headers = new Headers(extra);
  headers.set('request-id', requestId);
  headers.set('client-request-id', clientRequestId);
  return headers;
}

/** A JSON response with Graph's headers. */
export function jsonResponse(
  ctx: ResponseIds,
  body: unknown,
  status = 200,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders(ctx.requestId, ctx.clientRequestId, extra);
  headers.set('content-type', JSON_TYPE);
  return new Response(JSON.stringify(body), { status, headers });
}

/** A plain-text answer, such as a `/$count`. */
export function textResponse(ctx: ResponseIds, text: string): Response {
  const headers = baseHeaders(ctx.requestId, ctx.clientRequestId);
  headers.set('content-type', 'text/plain');
  return new Response(text, { headers });
}

/** 204 No Content. */
export function noContent(ctx: ResponseIds): Response {
  return new Response(null, {
    status: 204,
    headers: baseHeaders(ctx.requestId, ctx.clientRequestId),
  });
}

/** An error response in Graph's envelope. */
export function errorResponse(
  error: Pick<GraphError, 'status' | 'code' | 'message' | 'headers'>,
  ids: { requestId: string; clientRequestId: string },
  now: number,
): Response {
  const headers = baseHeaders(ids.requestId, ids.clientRequestId, { ...error.headers });
  headers.set('content-type', JSON_TYPE);
  // A save that failed was undone: the client may try again shortly.
  if (error.status === 503) headers.set('retry-after', '1');
  if (error.status === 401)
    headers.set(
      'www-authenticate',
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
    );
  return new Response(JSON.stringify(errorBody(error, { ...ids, now })), {
    status: error.status,
    headers,
  });
}
