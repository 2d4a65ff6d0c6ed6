/**
 * The request pipeline every Graph handler runs through: authenticate the bearer token, read
 * the JSON body, check the admin's role for the handler's action, run it, wrap failures in
 * Graph's error envelope, and start background processing after an accepted change.
 */
import type { HttpResponseResolver, PathParams } from 'msw';
import { bearerToken, isAllowed, type Action, type RoleName } from './auth';
import type { Emulator } from './emulator';
import { errorBody, errorMessages, graphError, toGraphError, type GraphError } from './errors';
import type { Actor } from './model';
import type { TenantStore } from './store';

/** What a handler gets to work with. */
export interface RequestContext {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly store: TenantStore;
  readonly emulator: Emulator;
  readonly requestId: string;
  readonly clientRequestId: string;
  /** The signed-in admin (user id). */
  readonly adminId: string;
  readonly roles: readonly RoleName[];
  /** The admin as an audit actor. */
  actor(): Actor;
}

/** How a route is guarded. */
export interface RouteOptions {
  /** The action the route performs; a function when it depends on the body (PATCH user). */
  readonly action?: Action | ((body: Record<string, unknown>) => Action);
  /** Whether the route reads a JSON object body. */
  readonly body?: 'json' | 'none';
}

/** A handler body: gets the checked context and the parsed JSON body (empty for bodiless routes). */
export type GraphHandler = (
  ctx: RequestContext,
  body: Record<string, unknown>,
) => Response | Promise<Response>;

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
  ctx: Pick<RequestContext, 'requestId' | 'clientRequestId'>,
  body: unknown,
  status = 200,
  extra: Record<string, string> = {},
): Response {
  const headers = baseHeaders(ctx.requestId, ctx.clientRequestId, extra);
  headers.set('content-type', JSON_TYPE);
  return new Response(JSON.stringify(body), { status, headers });
}

/** 204 No Content. */
export function noContent(ctx: Pick<RequestContext, 'requestId' | 'clientRequestId'>): Response {
  return new Response(null, {
    status: 204,
    headers: baseHeaders(ctx.requestId, ctx.clientRequestId),
  });
}

/** An error response in Graph's envelope. */
export function errorResponse(
  error: GraphError,
  ids: { requestId: string; clientRequestId: string },
  now: number,
): Response {
  const headers = baseHeaders(ids.requestId, ids.clientRequestId);
  headers.set('content-type', JSON_TYPE);
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

/** Reads a JSON object body; empty, malformed or non-object bodies are 400s. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') throw graphError.badRequest(errorMessages.emptyBody);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw graphError.badRequest(errorMessages.badJson);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw graphError.badRequest(errorMessages.badJson);
  return value as Record<string, unknown>;
}

function stringParams(params: PathParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** Wraps a Graph handler in the pipeline. */
export function graphRoute(
  emulator: Emulator,
  options: RouteOptions,
  handler: GraphHandler,
): HttpResponseResolver {
  return async ({ request, params }) => {
    const requestId = emulator.nextRequestId();
    const clientRequestId = request.headers.get('client-request-id') ?? requestId;
    const store = emulator.store;
    try {
      const token = bearerToken(request);
      if (token === null) throw graphError.unauthenticated(errorMessages.emptyToken);
      const adminId = store.tokens.get(token);
      if (adminId === undefined || !store.tenant.profile(adminId))
        throw graphError.unauthenticated(errorMessages.invalidToken);
      const roles = store.rolesOf(adminId);
      if (typeof options.action === 'string' && !isAllowed(roles, options.action))
        throw graphError.forbidden();
      const body = options.body === 'json' ? await readJsonObject(request) : {};
      if (typeof options.action === 'function' && !isAllowed(roles, options.action(body)))
        throw graphError.forbidden();
      const ip =
        (request.headers.get('x-forwarded-for') ?? '127.0.0.1').split(',')[0]?.trim() ??
        '127.0.0.1';
      const ctx: RequestContext = {
        request,
        url: new URL(request.url),
        params: stringParams(params),
        store,
        emulator,
        requestId,
        clientRequestId,
        adminId,
        roles,
        actor: () => store.actorOf(adminId, ip),
      };
      const response = await handler(ctx, body);
      if (request.method !== 'GET') emulator.afterChange();
      return response;
    } catch (error) {
      return errorResponse(toGraphError(error), { requestId, clientRequestId }, store.clock.now());
    }
  };
}
