/**
 * Reading a request body: only `application/json` (415 otherwise, before a byte is read), at most
 * 4 MB (413, counted while reading, so a larger body is never held whole), UTF-8, and a JSON
 * object. The pipeline calls this only after the bearer token was checked.
 */
import { errorMessages, graphError } from '../errors';
import type { BodyMode, JsonObject } from './route';

/** Graph's request size limit: 4 MB. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Whether a Content-Type header names JSON (`application/json`, any parameters). */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  return (header.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
}

async function readCapped(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => undefined);
      throw graphError.tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function declaredLength(headers: Headers): number | null {
  const raw = headers.get('content-length');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw);
}

/** Reads the body a route takes; `{}` for routes without one. */
export async function readRequestBody(
  request: Request,
  mode: BodyMode,
  limit = MAX_BODY_BYTES,
): Promise<JsonObject> {
  if (mode === 'none') return {};
  const length = declaredLength(request.headers);
  if (request.body === null || length === 0) {
    if (mode === 'optional-json') return {};
    throw graphError.badRequest(errorMessages.emptyBody);
  }
  const type = request.headers.get('content-type');
  if (!isJsonContentType(type)) throw graphError.unsupportedMediaType(type ?? '');
  if (length !== null && length > limit) throw graphError.tooLarge(limit);
  const bytes = await readCapped(request.body, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw graphError.badRequest(errorMessages.badJson);
  }
  if (text.trim() === '') {
    if (mode === 'optional-json') return {};
    throw graphError.badRequest(errorMessages.emptyBody);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw graphError.badRequest(errorMessages.badJson);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw graphError.badRequest(errorMessages.badJson);
  return value as JsonObject;
}
