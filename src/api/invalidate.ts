/**
 * Refreshing by entity: a write names what it changes, and every query reading that entity is
 * marked stale (and refetched when on screen). Licence changes touch more than their target: a
 * group's licence reaches its members' licence states, the seats of the products and the audit log.
 */
import type { QueryClient } from '@tanstack/react-query';
import { graphKeys } from './keys';

export type Entity = 'products' | 'users' | 'groups' | 'audit';

const ROOTS: Readonly<Record<Entity, readonly unknown[]>> = {
  products: graphKeys.products,
  users: graphKeys.users.all,
  groups: graphKeys.groups.all,
  audit: graphKeys.audit.all,
};

/** Everything a licence change (direct or through a group, or its processing) can change. */
export const LICENSING: readonly Entity[] = ['products', 'users', 'groups', 'audit'];

/** Marks every query of these entities stale and refetches those on screen. */
export async function invalidate(client: QueryClient, entities: readonly Entity[]): Promise<void> {
  await Promise.all(
    entities.map((entity) => client.invalidateQueries({ queryKey: ROOTS[entity] })),
  );
}
