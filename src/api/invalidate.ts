/**
 * Refreshing by entity: a write names what it changes, and every query reading that entity is
 * marked stale (and refetched when on screen). Licence changes touch more than their target: a
 * group's licence reaches its members' licence states, the seats of the products and the audit log.
 */
import type { Query, QueryClient } from '@tanstack/react-query';
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

/** Resolves once no query under this key is fetching. */
function whenIdle(client: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  if (client.isFetching({ queryKey }) === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.isFetching({ queryKey }) > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/** A first read (no data yet) in flight for a query on screen. */
const firstReadOnScreen = (query: Query) =>
  query.state.data === undefined && query.state.fetchStatus === 'fetching' && query.isActive();

/** Queries a refresh leaves as they are (by key): what a change's own preview answered. */
export type Spared = (queryKey: readonly unknown[]) => boolean;

/**
 * Marks every query of these entities stale and refetches those on screen, but those `spared`. A
 * read in flight began before the change, so it starts again: TanStack Query does that itself for
 * a query with data (`cancelRefetch`), but joins a first read, whose answer would then show the
 * state before the change. Such a read is cancelled silently in the same tick as the refetch
 * starts, which is how TanStack hands whoever awaits the old read (a read built on it) the new
 * read's answer.
 */
export async function invalidate(
  client: QueryClient,
  entities: readonly Entity[],
  spared: Spared = () => false,
): Promise<void> {
  const refreshed = (query: Query) => !spared(query.queryKey);
  for (const entity of entities)
    for (const query of client.getQueryCache().findAll({
      queryKey: ROOTS[entity],
      predicate: (q) => firstReadOnScreen(q) && refreshed(q),
    }))
      void query.cancel({ silent: true });
  await Promise.all(
    entities.map((entity) =>
      client.invalidateQueries({ queryKey: ROOTS[entity], predicate: refreshed }),
    ),
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
): Promise<void> {
  await Promise.all(entities.map((entity) => whenIdle(client, ROOTS[entity])));
  await invalidate(client, entities);
}
