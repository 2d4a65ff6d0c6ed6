/**
 * JSON batching, `POST /v1.0/$batch`, by Graph's documented rules (learn.microsoft.com/graph/json-batching):
 *
 * - The body is `{ "requests": [...] }` with 1 to 20 requests; each has an `id` (a string,
 *   unique without regard to case), a `method`, a relative `url` (`/users/...` or `users/...`,
 *   below the version: `/v1.0/users` is the segment `v1.0`, unknown) and optionally `headers`
 *   (an object of strings; `Content-Type` required with a `body`), a `body` (a JSON value, or a
 *   base64 string for other content) and `dependsOn` (ids of other requests of the batch).
 *   A batch that breaks these is refused whole: 400 `BadRequest` in Graph's envelope.
 * - Each request runs through the same pipeline as a single request, with the outer token: its
 *   own token check, throttling, validation, role check and refusals, answered in its own entry
 *   `{ id, status, headers, body }`. A refused request changes nothing.
 * - A request runs after those it depends on; when one of them failed (status 400 or above), it
 *   is not run and answers 424 Failed Dependency. Requests run one at a time, in list order
 *   except where `dependsOn` says later; answers come in request order (Graph may answer in any
 *   order: match them by `id`).
 * - The batch is answered once every change in it is durable: one save (group commit) after the
 *   last request. When that save fails, every request from the first one that changed the
 *   tenant on is answered 503, since what they did or read was undone.
 * - A `$batch` inside a batch is refused (400) in its own entry.
 */
import { errorBody, errorMessages, graphError, toGraphError, type GraphError } from '../errors';
import { jsonResponse, type ResponseIds } from '../http';
import type { TenantStore } from '../store';
import type { JsonObject } from './route';

/** Graph's limit on requests in one batch. */
export const MAX_BATCH_REQUESTS = 20;

/** One request of a batch, checked. */
interface Part {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array<ArrayBuffer> | null;
  readonly dependsOn: readonly string[];
}

/** One entry of the answer's `responses`. */
interface PartAnswer {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/** What running a batch needs from the pipeline. */
export interface BatchRunner {
  /** Runs one request through the pipeline without saving; refusals come back as answers. */
  run(request: Request): Promise<{ response: Response; changed: TenantStore | null }>;
  /** Makes a changed store durable (throws Graph's 503 when it could not). */
  persist(store: TenantStore): Promise<void>;
  now(): number;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Methods fetch cannot carry; Graph answers them 405. */
const UNSENDABLE = new Set(['CONNECT', 'TRACE', 'TRACK']);

function requiredString(item: JsonObject, name: string, index: number): string {
  const value = item[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw graphError.badBatch(errorMessages.batchMissing(index, name));
  return value;
}

function headersOf(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) throw graphError.badBatch();
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw !== 'string') throw graphError.badBatch();
    headers[name.toLowerCase()] = raw;
  }
  return headers;
}

/** A body: JSON as sent, or the bytes of a base64 (or base64url) string. */
function bodyOf(value: unknown): Uint8Array<ArrayBuffer> | null {
  if (value === undefined) return null;
  if (typeof value !== 'string') return new TextEncoder().encode(JSON.stringify(value));
  const text = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw graphError.badBatch();
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw graphError.badBatch();
  }
}

/** Whether a relative url stays below the version once resolved (no `..` out to `/_emulator`). */
function staysBelowVersion(url: string): boolean {
  try {
    return new URL(`/v1.0${url}`, 'http://emulator.invalid').pathname.startsWith('/v1.0/');
  } catch {
    return false;
  }
}

function partOf(item: unknown, index: number): Part {
  if (!isObject(item)) throw graphError.badBatch();
  const id = requiredString(item, 'id', index);
  const method = requiredString(item, 'method', index).toUpperCase();
  if (!/^[A-Z]+$/.test(method)) throw graphError.badBatch();
  const raw = requiredString(item, 'url', index).trim();
  const url = raw.startsWith('/') ? raw : `/${raw}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') || !staysBelowVersion(url))
    throw graphError.badBatch(errorMessages.batchAbsoluteUrl(raw));
  const headers = headersOf(item.headers);
  const body = bodyOf(item.body);
  if (body !== null && headers['content-type'] === undefined)
    throw graphError.badBatch(errorMessages.batchBodyWithoutType(id));
  const deps = item.dependsOn ?? [];
  if (!Array.isArray(deps) || !deps.every((d): d is string => typeof d === 'string'))
    throw graphError.badBatch(errorMessages.batchDependsOn(id, 'must be an array of ids'));
  return { id, method, url, headers, body, dependsOn: deps };
}

/** Checks the body of a batch; refuses it whole (400) when it breaks a rule. */
export function parseBatch(body: JsonObject): Part[] {
  const requests = body.requests;
  if (!Array.isArray(requests)) throw graphError.badBatch();
  if (requests.length === 0) throw graphError.badBatch(errorMessages.batchEmpty);
  if (requests.length > MAX_BATCH_REQUESTS)
    throw graphError.badBatch(errorMessages.batchTooLarge(MAX_BATCH_REQUESTS));
  const parts = requests.map(partOf);
  const seen = new Set<string>();
  for (const part of parts) {
    const key = part.id.toLowerCase();
    if (seen.has(key)) throw graphError.badBatch(errorMessages.batchDuplicateId(part.id));
    seen.add(key);
  }
  for (const part of parts) {
    for (const dep of part.dependsOn) {
      if (dep.toLowerCase() === part.id.toLowerCase())
        throw graphError.badBatch(
          errorMessages.batchDependsOn(part.id, 'names the request itself'),
        );
      if (!seen.has(dep.toLowerCase()))
        throw graphError.badBatch(
          errorMessages.batchDependsOn(part.id, `names '${dep}', which is not in the batch`),
        );
    }
  }
  return parts;
}

/** The order to run the parts in: list order, each after what it depends on; refuses a cycle. */
function runOrder(parts: readonly Part[]): Part[] {
  const done = new Set<string>();
  const order: Part[] = [];
  while (order.length < parts.length) {
    const next = parts.find(
      (p) => !done.has(p.id.toLowerCase()) && p.dependsOn.every((d) => done.has(d.toLowerCase())),
    );
    if (!next) {
      const stuck = parts.find((p) => !done.has(p.id.toLowerCase()));
      throw graphError.badBatch(
        errorMessages.batchDependsOn(stuck?.id ?? '', 'makes a cycle: no request can go first'),
      );
    }
    done.add(next.id.toLowerCase());
    order.push(next);
  }
  return order;
}

/** `content-type` -> `Content-Type`, as Graph writes the headers of a batch answer. */
function headerName(name: string): string {
  if (name.startsWith('x-ms-')) return name;
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

async function partAnswer(id: string, response: Response): Promise<PartAnswer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[headerName(name)] = value;
  });
  const text = await response.text();
  if (text === '') return { id, status: response.status, headers };
  if (!(response.headers.get('content-type') ?? '').includes('json'))
    return { id, status: response.status, headers, body: text };
  try {
    return { id, status: response.status, headers, body: JSON.parse(text) as unknown };
  } catch {
    return { id, status: response.status, headers, body: text };
  }
}

function errorAnswer(id: string, error: GraphError, ids: ResponseIds, now: number): PartAnswer {
  return {
    id,
    status: error.status,
    headers: {
      'Content-Type': 'application/json',
      ...Object.fromEntries(Object.entries(error.headers).map(([k, v]) => [headerName(k), v])),
    },
    body: errorBody(error, { ...ids, now }),
  };
}

/** The request of a part; a header fetch cannot carry refuses the whole batch. */
function innerRequest(outer: Request, part: Part, clientRequestId: string): Request {
  let headers: Headers;
  try {
    headers = new Headers(part.headers);
  } catch {
    throw graphError.badBatch();
  }
  headers.delete('authorization');
  headers.delete('host');
  headers.delete('content-length');
  const auth = outer.headers.get('authorization');
  if (auth !== null) headers.set('authorization', auth);
  if (!headers.has('client-request-id')) headers.set('client-request-id', clientRequestId);
  const withBody = part.body !== null && part.method !== 'GET' && part.method !== 'HEAD';
  try {
    return new Request(`${new URL(outer.url).origin}/v1.0${part.url}`, {
      method: part.method,
      headers,
      ...(withBody ? { body: part.body } : {}),
    });
  } catch {
    throw graphError.badBatch();
  }
}

/** Runs a checked batch and answers it: 200 and `{ responses }`, or the whole batch's 400. */
export async function executeBatch(
  outer: Request,
  body: JsonObject,
  ids: ResponseIds,
  runner: BatchRunner,
): Promise<Response> {
  const parts = parseBatch(body);
  const order = runOrder(parts);
  // Every request is built before any runs: one that cannot be refuses the batch, not half of it.
  const requests = new Map(
    parts
      .filter((p) => !UNSENDABLE.has(p.method))
      .map((p) => [p.id, innerRequest(outer, p, ids.clientRequestId)] as const),
  );
  const answers = new Map<string, PartAnswer>();
  const changed: TenantStore[] = [];
  let firstChange = -1;
  for (const [step, part] of order.entries()) {
    const failed = part.dependsOn.find((d) => {
      const dep = parts.find((p) => p.id.toLowerCase() === d.toLowerCase());
      return (answers.get(dep?.id ?? '')?.status ?? 0) >= 400;
    });
    if (failed !== undefined) {
      const refusal = graphError.failedDependency(failed);
      answers.set(part.id, errorAnswer(part.id, refusal, ids, runner.now()));
      continue;
    }
    if (UNSENDABLE.has(part.method)) {
      answers.set(part.id, errorAnswer(part.id, graphError.methodNotAllowed(), ids, runner.now()));
      continue;
    }
    const request = requests.get(part.id);
    if (!request) continue;
    const outcome = await runner.run(request);
    answers.set(part.id, await partAnswer(part.id, outcome.response));
    if (outcome.changed) {
      if (firstChange < 0) firstChange = step;
      if (!changed.includes(outcome.changed)) changed.push(outcome.changed);
    }
  }
  // One save for the whole batch; if it fails, what ran from the first change on was undone.
  for (const store of changed) {
    try {
      await runner.persist(store);
    } catch (error) {
      const refusal = toGraphError(error);
      for (const part of order.slice(firstChange))
        answers.set(part.id, errorAnswer(part.id, refusal, ids, runner.now()));
      break;
    }
  }
  return jsonResponse(ids, { responses: parts.map((p) => answers.get(p.id)) });
}
