/** Group id → display name for a product's assignment paths, from the groups that assign it. */
import { useMemo } from 'react';
import type { Group } from '../../lib/graph/graph-types';
import { useLicensedGroups } from './use-licensed-groups';

export const nameResolver = (groups: readonly Group[] | undefined) => {
  const names = new Map((groups ?? []).map((g) => [g.id ?? '', g.displayName ?? undefined]));
  return (groupId: string): string | undefined => names.get(groupId);
};

export function useGroupNameResolver(skuId: string) {
  const groups = useLicensedGroups(skuId);
  return useMemo(() => nameResolver(groups.data), [groups.data]);
}
