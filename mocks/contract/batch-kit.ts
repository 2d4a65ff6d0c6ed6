/**
 * Sending a JSON batch in the contract tests: `batchOf(h)` posts `{ requests }` to `/$batch` and
 * finds each answer by its id (Graph may answer in any order).
 */
import type { Harness } from './support';

/** One entry of a batch answer. */
export interface BatchPart {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: Record<string, unknown> & { value?: Record<string, unknown>[] };
}

/** A sender of batches through a harness, as the admin with `token` (default: Global Administrator). */
export function batchOf(h: Harness) {
  return async (requests: unknown, token?: string | null) => {
    const response = await h.raw('POST', '/$batch', {
      body: JSON.stringify({ requests }),
      ...(token === undefined ? {} : { token }),
    });
    const parts = (response.json.responses ?? []) as BatchPart[];
    return {
      ...response,
      parts,
      part(id: string): BatchPart {
        const found = parts.find((p) => p.id === id);
        if (!found) throw new Error(`no answer for ${id}: ${JSON.stringify(response.json)}`);
        return found;
      },
    };
  };
}

/** A GET part. */
export const get = (id: string, url: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'GET',
  url,
  ...extra,
});
