/**
 * The one request pipeline of the emulator. Every request, from the browser's service worker,
 * Vitest's `setupServer`, the HTTP server and each part of a `$batch` (`batch.ts`), runs the same
 * steps in the same order:
 *
 *   route -> authenticate -> throttle (graph profile) -> parse (query options, headers, content type, body)
 *     -> authorize (role) -> accept (ids, body against the tenant, Entra's protections)
 *     -> apply -> persist -> answer
 *
 * Nothing before `apply` can write: `accept` gets the tenant read-only, and every refusal before
 * it leaves the tenant as it was. `persist` kicks background processing and waits for the store's
 * saver (the HTTP server's data file); a saver that fails means the change is not durable, which
 * is answered 503 in Graph's envelope.
 */
import { authenticate, isAllowed } from '../auth';
import type { Emulator } from '../emulator';
import { errorMessages, GraphError, graphError, toGraphError } from '../errors';
import { errorResponse } from '../http';
import type { TenantStore } from '../store';
import { NotDurableError } from '../../persistence/errors';
import { executeBatch } from './batch';
import { readRequestBody } from './request-body';
import type { Route, StepContext } from './route';
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

  /** What one run of the pipeline gives: the answer, and the store it changed (if any). */
  interface Outcome {
    readonly response: Response;
    /** The store the request changed; its change is not yet durable when `deferPersist` was set. */
    readonly changed: TenantStore | null;
  }

  async function run(
    request: Request,
    ids: { requestId: string; clientRequestId: string },
    clientAddress: string,
    batch: { readonly inner: boolean } = { inner: false },
  ): Promise<Outcome> {
    const url = new URL(request.url);
    // Route.
    const place = areaOf(url.pathname);
    if (!place) throw unknownPath(null, url.pathname.split('/')[1] ?? '', url.pathname);
    const segments = decodeSegments(place.rest);
    const method: string = request.method === 'HEAD' ? 'GET' : request.method;
    if (place.area === 'graph' && segments.length === 1 && segments[0] === '$batch') {
      if (batch.inner) throw graphError.badBatch(errorMessages.batchNested);
      if (method !== 'POST') throw graphError.methodNotAllowed();
      return { response: await runBatch(request, ids, clientAddress), changed: null };
    }
    const found = router.match(place.area, segments, method);
    if (found.kind === 'none') throw unknownPath(place.area, found.segment, url.pathname);
    if (found.kind === 'method') throw graphError.methodNotAllowed();
    const { route, params } = found;
    // In the graph profile the emulator's extensions are unknown, as on Graph.
    if (!route.graphHasIt && emulator.profile.name === 'graph')
      throw graphError.badRequest(errorMessages.segmentNotFound(segments.at(-1) ?? ''));
    // No request runs while the tenant is reloaded after a failed save.
    await emulator.ready().catch((error: unknown) => {
      throw graphError.notDurable(error instanceof NotDurableError ? error.message : undefined);
    });
    const store = emulator.store;
    // Authenticate, then throttle (the graph profile; each part of a batch on its own).
    const admin = route.area === 'graph' ? authenticate(store, request) : null;
    if (admin !== null) {
      const refusal = emulator.throttle?.check({
        method,
        pattern: route.paths[0] ?? '',
        url,
        tenantUsers: store.users.size,
        now: store.clock.now(),
      });
      if (refusal) throw refusal;
    }
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
      lists: store,
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
    const changed = emulator.store !== store || store.version !== version ? store : null;
    // Persist (a batch persists once, after its last part).
    if (changed && !batch.inner) await persist(changed);
    // Answer (from the tenant as it is now: a reset replaces the store).
    const answer = await route.respond(
      { ...ctx, store: emulator.store, lists: emulator.lists() },
      result,
    );
    return { response: request.method === 'HEAD' ? withoutBody(answer) : answer, changed };
  }

  /** Runs a request; a refusal becomes its answer in Graph's envelope. */
  async function answer(
    request: Request,
    clientAddress: string,
    batch?: { readonly inner: boolean },
  ): Promise<Outcome> {
    const requestId = emulator.nextRequestId();
    const ids = {
      requestId,
      clientRequestId: request.headers.get('client-request-id') ?? requestId,
    };
    try {
      return await run(request, ids, clientAddress, batch);
    } catch (error) {
      const graph: GraphError = toGraphError(error);
      return { response: errorResponse(graph, ids, emulator.store.clock.now()), changed: null };
    }
  }

  /** `POST /v1.0/$batch`: the outer token, then each part through `run`, one persist at the end. */
  async function runBatch(
    request: Request,
    ids: { requestId: string; clientRequestId: string },
    clientAddress: string,
  ): Promise<Response> {
    await emulator.ready().catch((error: unknown) => {
      throw graphError.notDurable(error instanceof NotDurableError ? error.message : undefined);
    });
    authenticate(emulator.store, request);
    // Not JSON, or not an object: the batch is malformed (Graph's gateway words and code).
    const body = await readRequestBody(request, 'json').catch((error: unknown) => {
      throw error instanceof GraphError && error.status === 400 ? graphError.badBatch() : error;
    });
    return executeBatch(request, body, ids, {
      run: (inner) => answer(inner, clientAddress, { inner: true }),
      persist,
      now: () => emulator.store.clock.now(),
    });
  }

  return {
    owns: (url) => areaOf(url.pathname) !== null,
    async handle(request, origin = {}) {
      const { response } = await answer(request, origin.clientAddress ?? '127.0.0.1');
      // Graph's own time, as every HTTP answer carries it: the emulator's clock, which clients
      // that count days (inactive users) read instead of the machine's.
      response.headers.set('date', new Date(emulator.store.clock.now()).toUTCString());
      return response;
    },
  };
}
