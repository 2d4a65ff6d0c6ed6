/**
 * Refreshing by entity: a write names what it changes, and every query reading that entity is
 * marked stale (and refetched when on screen). Licence changes touch more than their target: a
 * group's licence reaches its members' licence states, the seats of the products and the audit log.
 */
import type { QueryClient } from '@tanstack/react-query';
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

/** Marks every query of these entities stale and refetches those on screen. */
export async function invalidate(client: QueryClient, entities: readonly Entity[]): Promise<void> {
  await Promise.all(
    entities.map((entity) => client.invalidateQueries({ queryKey: ROOTS[entity] })),
  );
}
