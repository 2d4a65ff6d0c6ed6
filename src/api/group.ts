/** `GET /groups/{id}` with the licensing properties; polled while its licences are processed. */
import { queryOptions } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { Group as WireGroup } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import type { GroupId } from '../lib/ids';
import { isProcessing } from '../lib/licensing/processing';
import { graphKeys } from './keys';
import { GROUP_SELECT, parseGroup } from './parse-group';
import type { Group } from './types';

/** How often a group whose licences are being processed is read again. */
export const PROCESSING_POLL_MS = 1000;

export async function getGroup(id: GroupId, signal?: AbortSignal): Promise<Group> {
  const wire = await graph.get<WireGroup>(
    withQuery(`/groups/${encodeURIComponent(id)}`, { select: GROUP_SELECT }),
    { signal },
  );
  const group = parseGroup(wire);
  if (!group) throw new Error(`Graph answered group ${id} without an id.`);
  return group;
}

export const groupQueryOptions = (id: GroupId) =>
  queryOptions({
    queryKey: graphKeys.groups.detail(id),
    queryFn: ({ signal }) => getGroup(id, signal),
    refetchInterval: (query) =>
      isProcessing(query.state.data?.processingState) ? PROCESSING_POLL_MS : false,
  });
