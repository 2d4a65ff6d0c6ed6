/**
 * JSON batching (`POST /$batch`): many Graph requests in one round trip, 20 per batch as Graph
 * allows. Graph judges every inner request on its own, so some may come back 429 while the rest
 * succeed: those are sent again, in a later batch, once the longest `Retry-After` among them has
 * passed (the same retry policy as single requests). An inner 429 with `Retry-After` is Graph
 * throttling this app in this tenant, as an outer one is: the client holds its other requests
 * too and shows the same "waiting for Microsoft Graph" (`transport.pause`).
 */
import { graphErrorFromBody, type GraphError } from './graph-error';
import { parseRetryAfter, retryDecision, type RetryOptions } from './retry-policy';

/** Graph's limit of requests in one batch. */
export const BATCH_LIMIT = 20;

/** One request of a batch. `url` is relative to the version root: `/users/{id}/licenseDetails`. */
export interface BatchRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What became of one request of a batch. */
export type BatchOutcome<T> =
  | { readonly ok: true; readonly status: number; readonly data: T }
  | { readonly ok: false; readonly status: number; readonly error: GraphError };

/** An inner answer as `$batch` returns it. */
interface BatchResponseItem {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: Record<string, unknown>;
  readonly body?: unknown;
}

/** What `runBatch` needs from the client. */
export interface BatchTransport {
  post(body: unknown, signal: AbortSignal | undefined): Promise<unknown>;
  /** Waits `ms` before the throttled requests go again, shown as a wait. */
  wait(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Graph said "too many requests" for `url` and how long: hold what it throttles for `ms`. */
  pause(url: string, ms: number): void;
  now(): number;
  random(): number;
  readonly retry?: RetryOptions;
  readonly signal?: AbortSignal;
}

function header(item: BatchResponseItem, name: string): string | null {
  for (const [key, value] of Object.entries(item.headers ?? {}))
    if (key.toLowerCase() === name && typeof value === 'string') return value;
  return null;
}

function wireRequest(id: number, request: BatchRequest): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    id: String(id),
    method: request.method,
    url: request.url,
  };
  if (request.body !== undefined) {
    wire.body = request.body;
    wire.headers = { 'Content-Type': 'application/json', ...request.headers };
  } else if (request.headers) wire.headers = request.headers;
  return wire;
}

/** Sends `requests` in batches of 20, retrying throttled inner requests; outcomes in input order. */
export async function runBatch<T>(
  requests: readonly BatchRequest[],
  transport: BatchTransport,
): Promise<BatchOutcome<T>[]> {
  const outcomes: (BatchOutcome<T> | undefined)[] = requests.map(() => undefined);
  const attempts = requests.map(() => 1);
  let pending = requests.map((_, index) => index);
  while (pending.length > 0) {
    const chunks: number[][] = [];
    for (let i = 0; i < pending.length; i += BATCH_LIMIT)
      chunks.push(pending.slice(i, i + BATCH_LIMIT));
    const answers = await Promise.all(
      chunks.map(async (chunk) => {
        const body = {
          requests: chunk.map((index) => wireRequest(index, requests[index] as BatchRequest)),
        };
        const answer = (await transport.post(body, transport.signal)) as { responses?: unknown };
        return Array.isArray(answer.responses) ? (answer.responses as BatchResponseItem[]) : [];
      }),
    );
    const retry: number[] = [];
    let delayMs = 0;
    for (const item of answers.flat()) {
      const index = Number(item.id);
      const request = requests[index];
      if (!request || outcomes[index] !== undefined) continue;
      const status = typeof item.status === 'number' ? item.status : 0;
      if (status >= 200 && status < 300) {
        outcomes[index] = { ok: true, status, data: item.body as T };
        continue;
      }
      const retryAfterMs = parseRetryAfter(header(item, 'retry-after'), transport.now());
      const attempt = attempts[index] ?? 1;
      const decision = retryDecision(
        { method: request.method, status, retryAfterMs },
        attempt,
        () => transport.random(),
        transport.retry,
      );
      if (decision) {
        attempts[index] = attempt + 1;
        retry.push(index);
        delayMs = Math.max(delayMs, decision.delayMs);
        if (status === 429 && decision.toldByGraph) transport.pause(request.url, decision.delayMs);
      } else {
        const error = graphErrorFromBody(status, item.body, header(item, 'request-id'));
        outcomes[index] = { ok: false, status, error };
      }
    }
    const unanswered = pending.filter((i) => outcomes[i] === undefined && !retry.includes(i));
    for (const index of unanswered) {
      const error = graphErrorFromBody(0, 'Graph did not answer this request of the batch.', null);
      outcomes[index] = { ok: false, status: 0, error };
    }
    if (retry.length > 0) await transport.wait(delayMs, transport.signal);
    pending = retry;
  }
  return outcomes as BatchOutcome<T>[];
}
