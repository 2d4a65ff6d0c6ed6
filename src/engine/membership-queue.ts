/** Turning membership moves into licence work: the one rule for what gets queued. */
import type { JobQueue } from './processing';
import type { GroupRecord, UserRecord } from './state';

/**
 * Queues users whose membership of `groups` moved, for the groups where that matters for
 * licensing: a group with licences, or one a moved user still holds an entry of.
 */
export function enqueueMembership(
  queue: JobQueue,
  groups: readonly GroupRecord[],
  users: readonly UserRecord[],
): void {
  const relevant = groups.filter(
    (g) => g.licenses.length > 0 || users.some((u) => u.entries.some((e) => e.group === g)),
  );
  if (relevant.length > 0 && users.length > 0) queue.enqueue('membership', relevant, users);
}
