/**
 * How a route is declared. Everything the pipeline must check before a handler may change the
 * tenant is data here (method, path, who may call it, which query options and which body it
 * takes); the handler itself comes in three steps with different powers:
 *
 * - `accept` sees the tenant read-only (`StoreReader`): it checks path ids, the body against the
 *   tenant, and Entra's protections, and returns the command to run. Throwing here refuses the
 *   request with nothing changed.
 * - `apply` gets the writable store and runs the command. It is the only step that writes.
 * - `respond` sees the tenant read-only again and builds the answer.
 *
 * Query options are parsed (and refused) by the route's `QueryDecl` before `accept`, so no answer
 * can fail on `$select` after a change was made.
 */
import type { Action, RoleName } from '../auth';
import type { Emulator } from '../emulator';
import { jsonResponse } from '../http';
import type { Actor } from '../model';
import type { StoreReader, TenantStore } from '../store';

/** Methods a route can answer (HEAD is answered by GET routes, without a body). */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** A parsed JSON request body. */
export type JsonObject = Record<string, unknown>;

/**
 * How a route reads its body: `json` needs a JSON object (`application/json`); `optional-json`
 * takes one when it is there; `none` never reads the body.
 */
export type BodyMode = 'json' | 'optional-json' | 'none';

/** The query options a route accepts: parses them, or throws Graph's 400 for anything else. */
export interface QueryDecl<Q> {
  parse(url: URL, headers: Headers): Q;
}

/** The signed-in admin of a Graph request. */
export interface Admin {
  readonly id: string;
  readonly roles: readonly RoleName[];
}

/** What every step knows about the request. */
export interface RequestFacts<Q> {
  readonly request: Request;
  readonly url: URL;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Q;
  readonly body: JsonObject;
  readonly requestId: string;
  readonly clientRequestId: string;
  /** The client's address as the server saw it (audit records name it). */
  readonly clientAddress: string;
}

/** The read-only context of `accept` and `respond` on Graph routes. */
export interface ReadContext<Q> extends RequestFacts<Q> {
  readonly store: StoreReader;
  /**
   * The tenant as lists and counts see it: in the `graph` profile, changes younger than its lag
   * are not in it yet (`profile/replica.ts`); otherwise the store itself. Reads by id use `store`.
   */
  readonly lists: StoreReader;
  readonly admin: Admin;
  /** Whether answers may carry the emulator's additions to Graph's (false in the `graph` profile). */
  readonly extensions: boolean;
}

/** The context of `apply` on Graph routes: the writable store and the admin as an audit actor. */
export interface WriteContext<Q> extends RequestFacts<Q> {
  readonly store: TenantStore;
  readonly admin: Admin;
  actor(): Actor;
}

/** A Graph route (`/v1.0/...`): bearer token, role check, then the three steps. */
export interface GraphRouteSpec<Q, C, R> {
  readonly method: Method;
  /** Paths below `/v1.0`, such as `/users/:id/assignLicense`; several for aliases. */
  readonly path: string | readonly string[];
  /** The role action the route needs; a function when it depends on the body (PATCH user). */
  readonly action?: Action | ((body: JsonObject) => Action);
  readonly body?: BodyMode;
  readonly query: QueryDecl<Q>;
  /**
   * `false` for the emulator's extensions: Graph v1.0 has no such route, so in the `graph`
   * profile it answers as an unknown segment does. Every extension says so here, nowhere else.
   */
  readonly graphHasIt?: false;
  accept?(ctx: ReadContext<Q>): C | Promise<C>;
  apply?(ctx: WriteContext<Q>, command: C): R | Promise<R>;
  respond(ctx: ReadContext<Q>, result: R): Response | Promise<Response>;
}

/** The context of control routes (`/_emulator/...`, no token): reads in `accept`, the emulator in `apply`. */
export interface ControlReadContext extends RequestFacts<null> {
  readonly store: StoreReader;
}
export interface ControlWriteContext extends RequestFacts<null> {
  readonly emulator: Emulator;
  readonly store: TenantStore;
}

/** A control route: `accept` checks the body, `apply` acts, the result is the JSON answer. */
export interface ControlRouteSpec<C, R> {
  readonly method: Method;
  /** Paths below `/_emulator`. */
  readonly path: string;
  readonly body?: BodyMode;
  /** 200 by default. */
  readonly status?: number;
  accept?(ctx: ControlReadContext): C;
  apply(ctx: ControlWriteContext, command: C): R | Promise<R>;
}

/** Which part of the URL space a route belongs to. */
export type Area = 'graph' | 'control';

/** What the pipeline runs a step with (the typed contexts above, before narrowing). */
export interface StepContext extends RequestFacts<unknown> {
  readonly store: TenantStore;
  readonly lists: StoreReader;
  readonly emulator: Emulator;
  readonly admin: Admin | null;
  actor(): Actor;
}

/** A route as the pipeline holds it: its declaration and its steps with the types erased. */
export interface Route {
  readonly area: Area;
  readonly method: Method;
  readonly paths: readonly string[];
  readonly action: Action | ((body: JsonObject) => Action) | null;
  readonly body: BodyMode;
  readonly query: QueryDecl<unknown>;
  /** Whether Graph v1.0 has the route (false: an emulator extension). */
  readonly graphHasIt: boolean;
  accept(ctx: StepContext): Promise<unknown>;
  apply(ctx: StepContext, command: unknown): Promise<unknown>;
  respond(ctx: StepContext, result: unknown): Promise<Response>;
}

function requireAdmin(ctx: StepContext): Admin {
  if (ctx.admin === null) throw new Error('A Graph route ran without a signed-in admin.');
  return ctx.admin;
}

/** Declares a Graph route. Without `apply` the command is the result (reads). */
export function graphRoute<Q, C = undefined, R = C>(spec: GraphRouteSpec<Q, C, R>): Route {
  const read = (ctx: StepContext): ReadContext<Q> => ({
    ...ctx,
    query: ctx.query as Q,
    admin: requireAdmin(ctx),
    extensions: ctx.emulator.profile.name !== 'graph',
  });
  return {
    area: 'graph',
    method: spec.method,
    paths: typeof spec.path === 'string' ? [spec.path] : spec.path,
    action: spec.action ?? null,
    body: spec.body ?? 'none',
    query: spec.query,
    graphHasIt: spec.graphHasIt ?? true,
    accept: async (ctx) => (spec.accept ? await spec.accept(read(ctx)) : undefined),
    apply: async (ctx, command) =>
      spec.apply
        ? await spec.apply(
            { ...ctx, query: ctx.query as Q, admin: requireAdmin(ctx) },
            command as C,
          )
        : command,
    respond: async (ctx, result) => spec.respond(read(ctx), result as R),
  };
}

/** Declares a control route; its result is answered as JSON. */
export function controlRoute<C = undefined, R = unknown>(spec: ControlRouteSpec<C, R>): Route {
  return {
    area: 'control',
    method: spec.method,
    paths: [spec.path],
    action: null,
    body: spec.body ?? 'none',
    query: { parse: () => null },
    graphHasIt: true,
    accept: (ctx) =>
      Promise.resolve(spec.accept ? spec.accept({ ...ctx, query: null }) : undefined),
    apply: async (ctx, command) => spec.apply({ ...ctx, query: null }, command as C),
    respond: (ctx, result) => Promise.resolve(jsonResponse(ctx, result, spec.status ?? 200)),
  };
}
