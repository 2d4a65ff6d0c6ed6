/**
 * The one request pipeline of the emulator. Every request, from the browser's service worker,
 * Vitest's `setupServer` or the HTTP server (and later each part of a `$batch`), runs the same
 * steps in the same order:
 *
 *   route -> authenticate -> parse (query options, headers, content type, body)
 *     -> authorize (role) -> accept (ids, body against the tenant, Entra's protections)
 *     -> apply -> persist -> answer
 *
 * Nothing before `apply` can write: `accept` gets the tenant read-only, and every refusal before
 * it leaves the tenant as it was. `persist` kicks background processing and waits for the store's
 * saver (the HTTP server's data file); a saver that fails means the change is not durable, which
 * is answered 503 in Graph's envelope.
 */
import { bearerToken, isAllowed } from '../auth';
import type { Emulator } from '../emulator';
import { errorMessages, graphError, toGraphError, type GraphError } from '../errors';
import { errorResponse } from '../http';
import type { StoreReader, TenantStore } from '../store';
import { NotDurableError } from '../../persistence/errors';
import { checkToken } from '../tokens';
import { readRequestBody } from './request-body';
import type { Admin, Route, StepContext } from './route';
import { areaOf, createRouter, decodeSegments, unknownPath } from './router';

/** How a request reached the pipeline. */
export interface RequestOrigin {
  /** The client's address (audit records carry it). Default 127.0.0.1. */
  readonly clientAddress?: string;
}

/** A pipeline bound to one emulator. */
export interface Pipeline {
  /** Whether a URL is the emulator's (`/v1.0/...` or `/_emulator/...`). */
  owns(url: URL): boolean;
  /** Runs a request through every step; always answers, errors in Graph's envelope. */
  handle(request: Request, origin?: RequestOrigin): Promise<Response>;
}

/** Checks the bearer token: present, issued by this tenant, unexpired, owner enabled. */
export function authenticate(store: StoreReader, request: Request): Admin {
  const token = bearerToken(request);
  if (token === null) throw graphError.unauthenticated(errorMessages.emptyToken);
  const check = checkToken(store, token);
  if (!check.ok)
    throw graphError.unauthenticated(
      check.reason === 'expired' ? errorMessages.expiredToken : errorMessages.invalidToken,
    );
  const profile = store.tenant.profile(check.userId);
  if (!profile?.accountEnabled) throw graphError.unauthenticated(errorMessages.invalidToken);
  return { id: check.userId, roles: store.rolesOf(check.userId) };
}

function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, headers: response.headers });
}

/** Builds the pipeline of an emulator over a route table. */
export function createPipeline(emulator: Emulator, routes: readonly Route[]): Pipeline {
  const router = createRouter(routes);

  /**
   * The persist step: processing picks the change up; the saver makes it durable. A save that
   * failed was undone by the persistence layer, whose words (where and what) reach the client.
   */
  async function persist(seen: TenantStore): Promise<void> {
    emulator.afterChange();
    try {
      await emulator.persist(seen);
    } catch (error) {
      throw graphError.notDurable(error instanceof NotDurableError ? error.message : undefined);
    }
  }

  async function run(
    request: Request,
    ids: { requestId: string; clientRequestId: string },
    clientAddress: string,
  ): Promise<Response> {
    const url = new URL(request.url);
    // Route.
    const place = areaOf(url.pathname);
    if (!place) throw unknownPath(null, url.pathname.split('/')[1] ?? '', url.pathname);
    const segments = decodeSegments(place.rest);
    const method: string = request.method === 'HEAD' ? 'GET' : request.method;
    const found = router.match(place.area, segments, method);
    if (found.kind === 'none') throw unknownPath(place.area, found.segment, url.pathname);
    if (found.kind === 'method') throw graphError.methodNotAllowed();
    const { route, params } = found;
    // No request runs while the tenant is reloaded after a failed save.
    await emulator.ready().catch((error: unknown) => {
      throw graphError.notDurable(error instanceof NotDurableError ? error.message : undefined);
    });
    const store = emulator.store;
    // Authenticate.
    const admin = route.area === 'graph' ? authenticate(store, request) : null;
    // Parse and validate: query options and headers, then content type and body.
    const query = route.query.parse(url, request.headers);
    const body = await readRequestBody(request, route.body);
    // Authorize the role's action.
    if (admin !== null && route.action !== null) {
      const action = typeof route.action === 'function' ? route.action(body) : route.action;
      if (!isAllowed(admin.roles, action)) throw graphError.forbidden();
    }
    const ctx: StepContext = {
      request,
      url,
      params,
      query,
      body,
      ...ids,
      clientAddress,
      store,
      emulator,
      admin,
      actor: () => store.actorOf(admin?.id ?? '', clientAddress),
    };
    // Accept: everything checked against the tenant as it is; nothing written yet.
    const command = await route.accept(ctx);
    // Apply. A refusal from the engine (which checks before it writes) changes nothing; the ids
    // the command took on the way are handed back.
    const version = store.version;
    const rewindIds = store.markIds();
    let result: unknown;
    try {
      result = await route.apply(ctx, command);
    } catch (error) {
      if (store.version === version) rewindIds();
      throw error;
    }
    // Persist.
    if (emulator.store !== store || store.version !== version) await persist(store);
    // Answer (from the tenant as it is now: a reset replaces the store).
    const answer = await route.respond({ ...ctx, store: emulator.store }, result);
    return request.method === 'HEAD' ? withoutBody(answer) : answer;
  }

  return {
    owns: (url) => areaOf(url.pathname) !== null,
    async handle(request, origin = {}) {
      const requestId = emulator.nextRequestId();
      const ids = {
        requestId,
        clientRequestId: request.headers.get('client-request-id') ?? requestId,
      };
      try {
        return await run(request, ids, origin.clientAddress ?? '127.0.0.1');
      } catch (error) {
        const graph: GraphError = toGraphError(error);
        return errorResponse(graph, ids, emulator.store.clock.now());
      }
    },
  };
}
