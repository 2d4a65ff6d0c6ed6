/**
 * Several groups by id (Reclaim names the groups a user leaves). A module of its own so that
 * `useQueries` comes with the blades that use it, not with `groups.ts`, which the first load
 * carries for the Overview's licence-errors banner.
 */
import { useQueries } from '@tanstack/react-query';
import type { GroupId } from '../lib/ids';
import { groupQueryOptions } from './group';

/** Several groups by id, each read (and cached) as its blade reads it; `groups` once all are read. */
export function useGroupsById(ids: readonly GroupId[]) {
  return useQueries({
    queries: ids.map((id) => groupQueryOptions(id)),
    combine: (results) => ({
      groups: results.every((r) => r.isSuccess) ? results.map((r) => r.data) : undefined,
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}
