/**
 * The portal's only way to call Graph: base URL + bearer token, JSON in and out, Graph's error
 * envelope turned into a `GraphError`, fit for production Graph: throttled requests wait and are
 * retried (`retry-policy.ts`), at most a few requests are in flight and documented budgets are kept
 * (`request-gate.ts`), every request carries a `client-request-id`, and fan-outs go through JSON
 * `$batch` (`graph-batch.ts`). Create one with `createGraphClient`; the app uses the shared
 * instance `graph` from `./graph`.
 */
import { emulatorExtensionOf } from './extensions';
import { runBatch, type BatchOutcome, type BatchRequest } from './graph-batch';
import { GraphError, graphErrorFromResponse } from './graph-error';
import {
  RequestGate,
  realScheduler,
  type GraphWait,
  type RequestBudget,
  type Scheduler,
} from './request-gate';
import { parseRetryAfter, retryDecision, type RetryOptions } from './retry-policy';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Options of one request. */
export interface GraphRequestOptions {
  readonly method?: HttpMethod;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Adds `ConsistencyLevel: eventual`, which Graph needs for `$search`, `$count` and advanced filters. */
  readonly eventual?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** Options of a request without a body. */
export type GraphReadOptions = Omit<GraphRequestOptions, 'method' | 'body'>;

/** A successful answer. `data` is undefined for an empty body (204, or 202 without content). */
export interface GraphResponse<T> {
  readonly status: number;
  readonly data: T;
  readonly requestId: string | null;
  /** The `Location` header (202 Accepted answers carry one). */
  readonly location: string | null;
  /** Graph's time of the answer (its `Date` header), when the browser lets the portal read it. */
  readonly date: string | null;
}

/** The directory audit log's documented budget: 5 requests per 10 s per app and tenant. */
export const DIRECTORY_AUDIT_BUDGET: RequestBudget = {
  name: 'directoryAudits',
  matches: (path) => /\/auditLogs\/directoryAudits(\/|\?|$)/i.test(path),
  requests: 5,
  perMs: 10_000,
};

/** How a client finds its base URL and token, and how it paces itself. */
export interface GraphClientConfig {
  /** Graph v1.0 base, such as `https://graph.microsoft.com/v1.0`; a function is read on every request. */
  readonly baseUrl: string | (() => string);
  /** The current access token (null when nobody is signed in); may be asynchronous (MSAL). */
  readonly getToken: () => string | null | Promise<string | null>;
  /**
   * Called once when Graph answers 401; returns a fresh token to retry with, or null to give up.
   * The emulator forgets its tokens on reset and expires them, so the session renews them here.
   */
  readonly renewToken?: () => Promise<string | null>;
  readonly fetch?: typeof fetch;
  /** Requests in flight at once. Default 6, what browsers allow per host over HTTP/1.1. */
  readonly maxConcurrency?: number;
  /**
   * Budgets of rate-limited resources, such as `DIRECTORY_AUDIT_BUDGET` on production Graph. Default
   * none (the embedded emulator has no budgets unless asked to behave like Graph).
   */
  readonly budgets?: readonly RequestBudget[];
  readonly retry?: RetryOptions;
  /**
   * Whether the emulator's extensions (`extensions.ts`) may be called. False against a real tenant:
   * such a request is refused with `EmulatorExtensionInLiveMode` before anything is sent. Default true.
   */
  readonly allowExtensions?: boolean;
  /** Told whenever the set of waiting requests changes (for a "waiting for Graph" state). */
  readonly onWaitsChange?: (waits: readonly GraphWait[]) => void;
  /** Injected in tests: the clock and sleep, jitter, and the `client-request-id` source. */
  readonly scheduler?: Scheduler;
  readonly random?: () => number;
  readonly newRequestId?: () => string;
}

export interface GraphClient {
  /** Any request; the full answer. `path` is relative to the base (`/users?$top=5`) or absolute (a nextLink). */
  request<T>(path: string, options?: GraphRequestOptions): Promise<GraphResponse<T>>;
  get<T>(path: string, options?: GraphReadOptions): Promise<T>;
  post<T = undefined>(path: string, body?: unknown, options?: GraphReadOptions): Promise<T>;
  patch<T = undefined>(path: string, body: unknown, options?: GraphReadOptions): Promise<T>;
  delete(path: string, options?: GraphReadOptions): Promise<void>;
  /**
   * Many requests through JSON `$batch`, 20 per batch; inner requests Graph throttled are retried
   * after its `Retry-After`. One outcome per request, in the order given.
   */
  batch<T>(
    requests: readonly BatchRequest[],
    options?: { readonly signal?: AbortSignal },
  ): Promise<BatchOutcome<T>[]>;
}

function resolveUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? (JSON.parse(text) as unknown) : text;
}

/** The error for a call of an emulator extension where only Graph's own calls may go. */
export function extensionRefused(url: string, extension: string): GraphError {
  return new GraphError(
    0,
    'EmulatorExtensionInLiveMode',
    `${extension} is the emulator's own and not part of Microsoft Graph, so it is not sent to a tenant (${url}).`,
  );
}

/** A Graph client over `fetch`. */
export function createGraphClient(config: GraphClientConfig): GraphClient {
  const baseUrl = () => (typeof config.baseUrl === 'function' ? config.baseUrl() : config.baseUrl);
  const scheduler = config.scheduler ?? realScheduler;
  const random = config.random ?? Math.random;
  const newRequestId = config.newRequestId ?? (() => crypto.randomUUID());
  const gate = new RequestGate({
    maxConcurrency: config.maxConcurrency ?? 6,
    budgets: config.budgets ?? [],
    scheduler,
    ...(config.onWaitsChange ? { onWaitsChange: config.onWaitsChange } : {}),
  });

  async function send(
    url: string,
    options: GraphRequestOptions,
    token: string | null,
    clientRequestId: string,
  ): Promise<Response> {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    headers.set('client-request-id', clientRequestId);
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (options.eventual === true) headers.set('ConsistencyLevel', 'eventual');
    const init: RequestInit = { method: options.method ?? 'GET', headers };
    if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      init.body = JSON.stringify(options.body);
    }
    if (options.signal) init.signal = options.signal;
    const doFetch = config.fetch ?? fetch;
    try {
      return await doFetch(url, init);
    } catch (error) {
      if (options.signal?.aborted === true) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new GraphError(0, 'NetworkError', `Microsoft Graph could not be reached (${reason}).`);
    }
  }

  /** Sends once through the gate; renews the token once on 401. */
  async function sendAuthorized(
    url: string,
    options: GraphRequestOptions,
    clientRequestId: string,
  ): Promise<Response> {
    const response = await gate.run(url, options.signal, async () =>
      send(url, options, await config.getToken(), clientRequestId),
    );
    if (response.status !== 401 || !config.renewToken) return response;
    const fresh = await config.renewToken();
    if (fresh === null) return response;
    return gate.run(url, options.signal, () => send(url, options, fresh, clientRequestId));
  }

  /** Refuses an extension when they are not allowed. */
  function guard(url: string): void {
    if (config.allowExtensions !== false) return;
    const extension = emulatorExtensionOf(url);
    if (extension !== null) throw extensionRefused(url, extension);
  }

  async function request<T>(
    path: string,
    options: GraphRequestOptions = {},
  ): Promise<GraphResponse<T>> {
    const url = resolveUrl(baseUrl(), path);
    guard(url);
    const clientRequestId = newRequestId();
    const method = options.method ?? 'GET';
    for (let attempt = 1; ; attempt++) {
      const response = await sendAuthorized(url, options, clientRequestId);
      if (response.ok) {
        return {
          status: response.status,
          data: (await readBody(response)) as T,
          requestId: response.headers.get('request-id'),
          location: response.headers.get('location'),
          date: response.headers.get('date'),
        };
      }
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), scheduler.now());
      const decision = retryDecision(
        { method, status: response.status, retryAfterMs },
        attempt,
        random,
        config.retry,
      );
      if (decision === null) throw await graphErrorFromResponse(response);
      // Read the refused answer to its end before trying again. Cancelling its body instead makes
      // the browser report the request as aborted (net::ERR_ABORTED): a write that looks abandoned.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status === 429 && decision.toldByGraph) gate.pause(url, decision.delayMs);
      else await gate.wait('throttled', scheduler.now() + decision.delayMs, url, options.signal);
    }
  }

  const client: GraphClient = {
    request,
    get: async <T>(path: string, options: GraphReadOptions = {}) =>
      (await request<T>(path, options)).data,
    post: async <T>(path: string, body?: unknown, options: GraphReadOptions = {}) =>
      (await request<T>(path, { ...options, method: 'POST', body })).data,
    patch: async <T>(path: string, body: unknown, options: GraphReadOptions = {}) =>
      (await request<T>(path, { ...options, method: 'PATCH', body })).data,
    delete: async (path: string, options: GraphReadOptions = {}) => {
      await request<undefined>(path, { ...options, method: 'DELETE' });
    },
    batch: async (requests, options = {}) => {
      for (const inner of requests) guard(inner.url);
      return runBatch(requests, {
        post: (body, signal) => client.post('/$batch', body, signal ? { signal } : {}),
        wait: (ms, signal) => gate.wait('throttled', scheduler.now() + ms, '/$batch', signal),
        pause: (url, ms) => {
          gate.pause(url, ms);
        },
        now: () => scheduler.now(),
        random,
        ...(config.retry ? { retry: config.retry } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    },
  };
  return client;
}
