/**
 * The portal's only way to call Graph: base URL + bearer token, JSON in and out, Graph's error
 * envelope turned into a `GraphError`. Create one with `createGraphClient`; the app uses the
 * shared instance `graph` from `./graph`.
 */
import { GraphError, graphErrorFromResponse } from './graph-error';

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

/** A successful answer. `data` is undefined for an empty body (204, or 202 without content). */
export interface GraphResponse<T> {
  readonly status: number;
  readonly data: T;
  readonly requestId: string | null;
  /** The `Location` header (202 Accepted answers carry one). */
  readonly location: string | null;
}

/** How a client finds its base URL and token. */
export interface GraphClientConfig {
  /** Graph v1.0 base, such as `https://graph.microsoft.com/v1.0`; a function is read on every request. */
  readonly baseUrl: string | (() => string);
  /** The current access token, or null when nobody is signed in. */
  readonly getToken: () => string | null;
  /**
   * Called once when Graph answers 401; returns a fresh token to retry with, or null to give up.
   * The emulator forgets its tokens on reset, so the session renews them here.
   */
  readonly renewToken?: () => Promise<string | null>;
  readonly fetch?: typeof fetch;
}

export interface GraphClient {
  /** Any request; the full answer. `path` is relative to the base (`/users?$top=5`) or absolute (a nextLink). */
  request<T>(path: string, options?: GraphRequestOptions): Promise<GraphResponse<T>>;
  get<T>(path: string, options?: Omit<GraphRequestOptions, 'method' | 'body'>): Promise<T>;
  post<T = undefined>(
    path: string,
    body?: unknown,
    options?: Omit<GraphRequestOptions, 'method' | 'body'>,
  ): Promise<T>;
  patch<T = undefined>(
    path: string,
    body: unknown,
    options?: Omit<GraphRequestOptions, 'method' | 'body'>,
  ): Promise<T>;
  delete(path: string, options?: Omit<GraphRequestOptions, 'method' | 'body'>): Promise<void>;
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

/** A Graph client over `fetch`. */
export function createGraphClient(config: GraphClientConfig): GraphClient {
  const baseUrl = () => (typeof config.baseUrl === 'function' ? config.baseUrl() : config.baseUrl);

  async function send(
    url: string,
    options: GraphRequestOptions,
    token: string | null,
  ): Promise<Response> {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
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

  async function request<T>(
    path: string,
    options: GraphRequestOptions = {},
  ): Promise<GraphResponse<T>> {
    const url = resolveUrl(baseUrl(), path);
    let response = await send(url, options, config.getToken());
    if (response.status === 401 && config.renewToken) {
      const fresh = await config.renewToken();
      if (fresh !== null) response = await send(url, options, fresh);
    }
    if (!response.ok) throw await graphErrorFromResponse(response);
    return {
      status: response.status,
      data: (await readBody(response)) as T,
      requestId: response.headers.get('request-id'),
      location: response.headers.get('location'),
    };
  }

  return {
    request,
    get: async <T>(path: string, options: Omit<GraphRequestOptions, 'method' | 'body'> = {}) =>
      (await request<T>(path, options)).data,
    post: async <T>(
      path: string,
      body?: unknown,
      options: Omit<GraphRequestOptions, 'method' | 'body'> = {},
    ) => (await request<T>(path, { ...options, method: 'POST', body })).data,
    patch: async <T>(
      path: string,
      body: unknown,
      options: Omit<GraphRequestOptions, 'method' | 'body'> = {},
    ) => (await request<T>(path, { ...options, method: 'PATCH', body })).data,
    delete: async (path: string, options: Omit<GraphRequestOptions, 'method' | 'body'> = {}) => {
      await request<undefined>(path, { ...options, method: 'DELETE' });
    },
  };
}
