/**
 * Read-your-writes for a group's members (`pending-writes.ts`): a member the admin added shows in
 * the group's members list at once and stays while Graph's list lags; one removed stays gone.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { GroupId } from '../lib/ids';
import { graphKeys } from './keys';
import { PendingWrites } from './pending-writes';
import type { DirectoryObject } from './types';

interface MembershipChange {
  readonly added: ReadonlyMap<string, DirectoryObject>;
  readonly removed: ReadonlySet<string>;
}

const pending = new PendingWrites<MembershipChange>('memberships', (groupId) =>
  graphKeys.memberships.of(groupId as GroupId),
);

/** The list with what is pending applied: removed members out, added ones in (once). */
function overlay(list: readonly DirectoryObject[], change: MembershipChange): DirectoryObject[] {
  const kept = list.filter((m) => !change.removed.has(m.id));
  const listed = new Set(kept.map((m) => m.id));
  return [...kept, ...[...change.added.values()].filter((m) => !listed.has(m.id))];
}

/** Records members the admin added or removed, and shows the change in the cached list at once. */
export function recordMembershipChange(
  client: QueryClient,
  groupId: GroupId,
  change: { readonly added?: readonly DirectoryObject[]; readonly removed?: readonly string[] },
): void {
  const now = pending.record(client, groupId, (before) => {
    const added = new Map(before?.added);
    const removed = new Set(before?.removed);
    for (const member of change.added ?? []) {
      removed.delete(member.id);
      added.set(member.id, member);
    }
    for (const id of change.removed ?? []) {
      added.delete(id);
      removed.add(id);
    }
    return { added, removed };
  });
  client.setQueryData<DirectoryObject[]>(graphKeys.memberships.of(groupId), (list) =>
    list ? overlay(list, now) : list,
  );
}

/**
 * A members list as Graph answered it, with the admin's pending changes applied. Changes Graph now
 * lists stop being pending; while some remain, the list is read again later.
 */
export function withPendingMemberships(
  client: QueryClient,
  groupId: GroupId,
  list: readonly DirectoryObject[],
): DirectoryObject[] {
  const change = pending.pending(client, groupId);
  if (!change) return [...list];
  const listed = new Set(list.map((m) => m.id));
  const added = new Map([...change.added].filter(([id]) => !listed.has(id)));
  const removed = new Set([...change.removed].filter((id) => listed.has(id)));
  const remaining = added.size === 0 && removed.size === 0 ? null : { added, removed };
  pending.settle(client, groupId, remaining);
  return remaining ? overlay(list, remaining) : [...list];
}

/**
 * One type of a group's members (an OData cast: `members/microsoft.graph.group`) with the admin's
 * pending changes applied: removed members out, added ones of that type in. It settles nothing:
 * only the whole members list tells which changes Graph lists now.
 */
export function withPendingMembershipsOfKind(
  client: QueryClient,
  groupId: GroupId,
  kind: DirectoryObject['kind'],
  list: readonly DirectoryObject[],
): DirectoryObject[] {
  const change = pending.pending(client, groupId);
  if (!change) return [...list];
  const added = new Map([...change.added].filter(([, member]) => member.kind === kind));
  return overlay(list, { added, removed: change.removed });
}
