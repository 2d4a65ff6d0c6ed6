/**
 * Read-your-writes for a group's members. Graph's lists lag its writes (eventual consistency: a
 * member just added is missing from `GET /groups/{id}/members` for a while, one just removed still
 * listed), so reading the list again after a successful add or remove would bring the old state
 * back right after the success toast. Each change the portal made is kept as pending: the cached
 * list shows it at once, every read of the list applies what is still pending, and while anything
 * is pending the list is read again later and later until Graph lists the change (then it is no
 * longer pending), or for at most `PENDING_MS` (a change someone else made since then wins).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { GroupId } from '../lib/ids';
import { graphKeys } from './keys';
import type { DirectoryObject } from './types';

/** How long a change stays pending at most (Graph's lag is seconds, rarely a minute). */
export const PENDING_MS = 60_000;
/** When to read the list again while changes are pending, from the change on. */
const REFETCH_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

interface Pending {
  readonly added: Map<string, DirectoryObject>;
  readonly removed: Set<string>;
  since: number;
  attempt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const pendingByClient = new WeakMap<QueryClient, Map<GroupId, Pending>>();

function pendingOf(client: QueryClient): Map<GroupId, Pending> {
  const known = pendingByClient.get(client);
  if (known) return known;
  const created = new Map<GroupId, Pending>();
  pendingByClient.set(client, created);
  return created;
}

/** The list with what is pending applied: removed members out, added ones in (once). */
function overlay(list: readonly DirectoryObject[], pending: Pending): DirectoryObject[] {
  const kept = list.filter((m) => !pending.removed.has(m.id));
  const listed = new Set(kept.map((m) => m.id));
  return [...kept, ...[...pending.added.values()].filter((m) => !listed.has(m.id))];
}

function forget(client: QueryClient, groupId: GroupId): void {
  const pending = pendingOf(client).get(groupId);
  if (pending?.timer) clearTimeout(pending.timer);
  pendingOf(client).delete(groupId);
}

function scheduleRead(client: QueryClient, groupId: GroupId, pending: Pending): void {
  if (pending.timer) clearTimeout(pending.timer);
  const delay = REFETCH_DELAYS_MS[Math.min(pending.attempt, REFETCH_DELAYS_MS.length - 1)] ?? 0;
  pending.attempt += 1;
  pending.timer = setTimeout(() => {
    pending.timer = null;
    // A read already under way is left to finish: cancelling it would throw its answer away.
    void client.invalidateQueries(
      { queryKey: graphKeys.memberships.of(groupId) },
      { cancelRefetch: false },
    );
  }, delay);
}

/** Records members the admin added or removed, and shows the change in the cached list at once. */
export function recordMembershipChange(
  client: QueryClient,
  groupId: GroupId,
  change: { readonly added?: readonly DirectoryObject[]; readonly removed?: readonly string[] },
): void {
  const groups = pendingOf(client);
  const pending = groups.get(groupId) ?? {
    added: new Map<string, DirectoryObject>(),
    removed: new Set<string>(),
    since: Date.now(),
    attempt: 0,
    timer: null,
  };
  for (const member of change.added ?? []) {
    pending.removed.delete(member.id);
    pending.added.set(member.id, member);
  }
  for (const id of change.removed ?? []) {
    pending.added.delete(id);
    pending.removed.add(id);
  }
  pending.since = Date.now();
  pending.attempt = 0;
  groups.set(groupId, pending);
  client.setQueryData<DirectoryObject[]>(graphKeys.memberships.of(groupId), (list) =>
    list ? overlay(list, pending) : list,
  );
  scheduleRead(client, groupId, pending);
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
  const pending = pendingOf(client).get(groupId);
  if (!pending) return [...list];
  if (Date.now() - pending.since > PENDING_MS) {
    forget(client, groupId);
    return [...list];
  }
  const listed = new Set(list.map((m) => m.id));
  for (const id of [...pending.added.keys()]) if (listed.has(id)) pending.added.delete(id);
  for (const id of [...pending.removed]) if (!listed.has(id)) pending.removed.delete(id);
  if (pending.added.size === 0 && pending.removed.size === 0) {
    forget(client, groupId);
    return [...list];
  }
  scheduleRead(client, groupId, pending);
  return overlay(list, pending);
}

/** Forgets every pending change of this client (the session ends). */
export function forgetPendingMemberships(client: QueryClient): void {
  for (const groupId of [...pendingOf(client).keys()]) forget(client, groupId);
}
