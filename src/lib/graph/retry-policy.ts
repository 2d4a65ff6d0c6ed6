/**
 * When to send a Graph request again, and after how long. Graph asks clients to wait the number of
 * seconds in `Retry-After` and retry (429 Too Many Requests, and 503 Service Unavailable when it
 * says when to come back); without the header, back off exponentially with jitter.
 *
 * What is safe to resend: a 429 was not processed, so any method is retried. A 503 with
 * `Retry-After` is Graph shedding load before doing the work, so any method too. A 503 without it,
 * or a 504 Gateway Timeout, may come after the work was done: only methods whose repetition changes
 * nothing (GET, HEAD, PUT, DELETE) are retried, so an `assignLicense` or a member add is never
 * applied twice.
 */

/** How retries are paced. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 8. */
  readonly maxAttempts?: number;
  /** First backoff ceiling, in ms; doubles per attempt. Default 1,000. */
  readonly baseDelayMs?: number;
  /** Highest backoff (and highest honoured `Retry-After`), in ms. Default 120,000. */
  readonly maxDelayMs?: number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/**
 * `Retry-After` in ms: delta-seconds or an HTTP date (relative to `now`). Null when absent or
 * unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date names its weekday and zone (`Sun, 06 Dec 2026 12:00:30 GMT`); anything else is noise.
  const date = /GMT$/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** What to do after an answer: retry after `delayMs`, or stop (null). */
export interface RetryDecision {
  readonly delayMs: number;
  /** Whether Graph said how long (`Retry-After`) rather than the client guessing. */
  readonly toldByGraph: boolean;
}

/**
 * Whether to retry a request that got `status` on attempt `attempt` (1 = the first try), and how
 * long to wait. `random` is in [0, 1) (injected for tests).
 */
export function retryDecision(
  request: {
    readonly method: string;
    readonly status: number;
    readonly retryAfterMs: number | null;
  },
  attempt: number,
  random: () => number,
  options: RetryOptions = {},
): RetryDecision | null {
  const { maxAttempts = 8, baseDelayMs = 1000, maxDelayMs = 120_000 } = options;
  if (attempt >= maxAttempts) return null;
  const { method, status, retryAfterMs } = request;
  const toldByGraph = retryAfterMs !== null;
  const retryable =
    status === 429 ||
    (status === 503 && (toldByGraph || IDEMPOTENT.has(method))) ||
    (status === 504 && IDEMPOTENT.has(method));
  if (!retryable) return null;
  if (retryAfterMs !== null) return { delayMs: Math.min(retryAfterMs, maxDelayMs), toldByGraph };
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return { delayMs: Math.round(random() * ceiling), toldByGraph };
}
