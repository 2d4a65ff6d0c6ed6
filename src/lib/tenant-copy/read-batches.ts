/**
 * Reads many Graph resources 20 to a `$batch` (the client cuts the batches), each followed by its
 * nextLink in a later batch and each inner 429 sent again in the next batch, until every one is
 * done: the loader's members of groups, the refresh's licence re-reads.
 */
import type { GraphClient } from '../graph/graph-client';
import type { BatchRequest } from '../graph/graph-batch';
import { relativeToVersion, type MembersPage } from './copy-wire';

/** One read: a key of the caller's and its first URL (relative to the version root). */
export interface BatchRead {
  readonly key: string;
  readonly url: string;
}

/**
 * Reads every `reads` and hands each answer to `take` (a 404 as null when `missingOk`); returns
 * the count of requests sent. A failure other than 429 (or an allowed 404) throws its `GraphError`.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the wire shape it trusts Graph to send
export async function readInBatches<T extends { readonly '@odata.nextLink'?: string }>(
  client: GraphClient,
  reads: readonly BatchRead[],
  take: (key: string, data: T | null) => void,
  options: {
    readonly signal?: AbortSignal;
    readonly missingOk?: boolean;
    readonly onFinished?: (finished: number) => void;
  } = {},
): Promise<number> {
  const read = options.signal ? { signal: options.signal } : {};
  let pending = [...reads];
  let requests = 0;
  let finished = 0;
  while (pending.length > 0) {
    const batch: BatchRequest[] = pending.map((p) => ({ method: 'GET', url: p.url }));
    requests += batch.length;
    const outcomes = await client.batch<T>(batch, read);
    const next: BatchRead[] = [];
    outcomes.forEach((outcome, i) => {
      const request = pending[i] as BatchRead;
      if (!outcome.ok && outcome.status === 429) {
        next.push(request);
        return;
      }
      if (!outcome.ok && outcome.status === 404 && options.missingOk) {
        take(request.key, null);
        finished++;
        return;
      }
      if (!outcome.ok) throw outcome.error;
      take(request.key, outcome.data);
      const link = outcome.data['@odata.nextLink'];
      if (link === undefined) finished++;
      else next.push({ key: request.key, url: relativeToVersion(link) });
    });
    options.onFinished?.(finished);
    pending = next;
  }
  return requests;
}

/** The direct members of groups, users and groups told apart; the count of requests sent. */
export async function readMembers(
  client: GraphClient,
  groupIds: readonly string[],
  into: Map<string, { users: string[]; groups: string[] }>,
  options: { readonly signal?: AbortSignal; readonly onFinished?: (finished: number) => void },
): Promise<number> {
  const reads = groupIds.map((id) => ({
    key: id,
    url: `/groups/${id}/members?$select=id&$top=999`,
  }));
  for (const id of groupIds) into.set(id, { users: [], groups: [] });
  return readInBatches<MembersPage>(
    client,
    reads,
    (groupId, page) => {
      const members = into.get(groupId);
      if (!members || !page) return;
      for (const member of page.value) {
        const id = member.id.toLowerCase();
        if (member['@odata.type'] === '#microsoft.graph.group') members.groups.push(id);
        else if (member['@odata.type'] === '#microsoft.graph.user') members.users.push(id);
      }
    },
    options,
  );
}
