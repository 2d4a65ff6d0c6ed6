/**
 * Refreshing by entity: a write names what it changes, and every query reading that entity is
 * marked stale (and refetched when on screen). Licence changes touch more than their target: a
 * group's licence reaches its members' licence states, the seats of the products and the audit log.
 */
import {
  partialMatchKey,
  type Query,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { graphKeys } from './keys';

export type Entity = 'products' | 'users' | 'groups' | 'memberships' | 'audit';

const ROOTS: Readonly<Record<Entity, readonly unknown[]>> = {
  products: graphKeys.products,
  users: graphKeys.users.all,
  groups: graphKeys.groups.all,
  memberships: graphKeys.memberships.all,
  audit: graphKeys.audit.all,
};

/**
 * Everything a licence change (direct or through a group, or its processing) can change. Not who
 * is in a group: re-reading the 60,000 members of the group whose plan was toggled is what froze
 * the page after a Save (issue #13).
 */
export const LICENSING: readonly Entity[] = ['products', 'users', 'groups', 'audit'];

/** A membership change (members added or removed, a dynamic rule): members, and their licences. */
export const MEMBERSHIP: readonly Entity[] = [...LICENSING, 'memberships'];

/** Resolves once no query under this key that `predicate` takes is fetching. */
function whenIdle(
  client: QueryClient,
  queryKey: readonly unknown[],
  predicate: (query: Query) => boolean,
): Promise<void> {
  const fetching = () => client.isFetching({ queryKey, predicate }) > 0;
  if (!fetching()) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (fetching()) return;
      unsubscribe();
      resolve();
    });
  });
}

/** A first read (no data yet) in flight for a query on screen. */
const firstReadOnScreen = (query: Query) =>
  query.state.data === undefined && query.state.fetchStatus === 'fetching' && query.isActive();

/** Queries under any of `except` are left alone (a write that brought them up to date itself). */
const kept = (except: readonly QueryKey[]) => (query: Query) =>
  !except.some((key) => partialMatchKey(query.queryKey, key));

/**
 * Marks every query of these entities stale and refetches those on screen, except the queries
 * under `except`: a write that has brought those up to date itself (Reclaim's report, where a
 * refetch reads every candidate of a 100,000-user tenant to learn what Graph's answers to the
 * write already said; a Save's own impact preview). A read in flight began before the change, so
 * it starts again: TanStack Query does that itself for a query with data (`cancelRefetch`), but
 * joins a first read, whose answer would then show the state before the change. Such a read is
 * cancelled silently in the same tick as the refetch starts, which is how TanStack hands whoever
 * awaits the old read (a read built on it) the new read's answer.
 */
export async function invalidate(
  client: QueryClient,
  entities: readonly Entity[],
  except: readonly QueryKey[] = [],
): Promise<void> {
  const predicate = kept(except);
  for (const entity of entities)
    for (const query of client
      .getQueryCache()
      .findAll({ queryKey: ROOTS[entity], predicate: (q) => firstReadOnScreen(q) && predicate(q) }))
      void query.cancel({ silent: true });
  await Promise.all(
    entities.map((entity) => client.invalidateQueries({ queryKey: ROOTS[entity], predicate })),
  );
}

/**
 * `invalidate`, after the reads of these entities already in flight have ended: for a refresh
 * that comes on its own (processing ended), not from inside a read. Cancelling those reads would
 * throw away requests Graph has already answered or throttled (under throttling, the requests
 * most worth keeping); each is read again afterwards, since it may have started before the change.
 */
export async function invalidateWhenIdle(
  client: QueryClient,
  entities: readonly Entity[],
  except: readonly QueryKey[] = [],
): Promise<void> {
  const predicate = kept(except);
  await Promise.all(entities.map((entity) => whenIdle(client, ROOTS[entity], predicate)));
  await invalidate(client, entities, except);
}
