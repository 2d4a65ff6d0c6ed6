/**
 * Background licence processing refreshes what it changed when it ends. A write that queues
 * processing for a group (its licences, members or rule; Reprocess) and a group blade that finds a
 * group still processing call `watchProcessing`: the group is read until its
 * `licenseProcessingState` leaves Queued / In progress, then what the write that started it changed
 * is refreshed (a licence change: not the members), or everything (`MEMBERSHIP`) when a blade finds
 * a group processing for a reason it does not know. The first read after the watch starts is
 * trusted, not an older cached one, so a group that finishes before the portal looks again still
 * refreshes.
 */
import { QueryObserver, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { GroupId } from '../lib/ids';
import { isProcessing } from '../lib/licensing/processing';
import { groupQueryOptions } from './group';
import { invalidateWhenIdle, MEMBERSHIP, type Entity } from './invalidate';

/** A running watch: how to stop it, and whether it saw the processing end (false: stopped). */
interface Watch {
  readonly stop: () => void;
  readonly ended: Promise<boolean>;
}

const watches = new WeakMap<QueryClient, Map<GroupId, Watch>>();

function watchesOf(client: QueryClient): Map<GroupId, Watch> {
  const known = watches.get(client);
  if (known) return known;
  const created = new Map<GroupId, Watch>();
  watches.set(client, created);
  return created;
}

/**
 * Refreshes `entities` once the group's licence processing has ended, except the queries under
 * `except` (`invalidate`).
 */
export function watchProcessing(
  client: QueryClient,
  groupId: GroupId,
  entities: readonly Entity[] = MEMBERSHIP,
  except: readonly QueryKey[] = [],
): void {
  const mine = watchesOf(client);
  if (mine.has(groupId)) return;
  const since = Date.now();
  const observer = new QueryObserver(client, groupQueryOptions(groupId));
  let settle: (ended: boolean) => void = () => undefined;
  const ended = new Promise<boolean>((resolve) => {
    settle = resolve;
  });
  const stop = (done = false) => {
    unsubscribe();
    mine.delete(groupId);
    settle(done);
  };
  const unsubscribe = observer.subscribe((result) => {
    if (result.isError) {
      stop();
      return;
    }
    if (result.isFetching || !result.isSuccess || result.dataUpdatedAt < since) return;
    if (isProcessing(result.data.processingState)) return;
    stop(true);
    void invalidateWhenIdle(client, entities, except);
  });
  mine.set(groupId, { stop, ended });
  void observer.refetch({ cancelRefetch: true });
}

/**
 * Resolves once the watch of the group's processing has seen it end (true) or was stopped (false);
 * at once (true) when no watch runs, as the processing the portal started has ended.
 */
export function processingEnded(client: QueryClient, groupId: GroupId): Promise<boolean> {
  return watchesOf(client).get(groupId)?.ended ?? Promise.resolve(true);
}

/** Stops every watch of this client (the app unmounts, the session ends). */
export function stopProcessingWatches(client: QueryClient): void {
  for (const { stop } of [...watchesOf(client).values()]) stop();
}
