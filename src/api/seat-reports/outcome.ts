/**
 * A seat report job's answer as it crosses from the reports worker to the page (`reports-service.ts`
 * makes it, `reports-backend.ts` reads it). Its own module so the page's entry chunk can read an
 * answer without loading the service, its Graph reads or Comlink: those load on first use.
 */
import { GraphError } from '../../lib/graph/graph-error';

/**
 * A job's answer. Comlink carries a thrown error as a plain `Error` (message and name), so Graph's
 * status and code, which the blades put in words, travel as data and are thrown again on the page.
 */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly error: {
        readonly name: string;
        readonly message: string;
        /** Set when Graph (or the client) refused: `GraphError`'s fields. */
        readonly graph?: { status: number; code: string; requestId: string | null };
      };
    };

/** Throws a failed outcome's error again, as it was thrown in the worker (a `GraphError` too). */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  const { name, message, graph } = outcome.error;
  if (graph) throw new GraphError(graph.status, graph.code, message, graph.requestId);
  const error = new Error(message);
  error.name = name;
  throw error;
}

/** A thrown error as a failed outcome (the inverse of `unwrap`). */
export function failed(error: unknown): Outcome<never> {
  if (error instanceof GraphError)
    return {
      ok: false,
      error: {
        name: error.name,
        message: error.message,
        graph: { status: error.status, code: error.code, requestId: error.requestId },
      },
    };
  // An abort is a DOMException, which is not an Error in every realm: read it by shape.
  const { name, message } =
    typeof error === 'object' && error !== null && 'name' in error && 'message' in error
      ? { name: String(error.name), message: String(error.message) }
      : { name: 'Error', message: String(error) };
  return { ok: false, error: { name, message } };
}
