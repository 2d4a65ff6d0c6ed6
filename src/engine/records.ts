/** Finding a user or group record by id, or failing as Graph does for an unknown object. */
import { LicensingError } from './errors';
import type { GroupRecord, TenantState, UserRecord } from './state';

/** Graph's text for an id that names no object. */
export function notFoundMessage(id: string): string {
  return `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`;
}

/** The live user with this id; throws `NotFound` otherwise. */
export function requireUser(state: TenantState, userId: string): UserRecord {
  const user = state.userById.get(userId);
  if (!user) throw new LicensingError('NotFound', notFoundMessage(userId));
  return user;
}

/** The live group with this id; throws `NotFound` otherwise. */
export function requireGroup(state: TenantState, groupId: string): GroupRecord {
  const group = state.groupById.get(groupId);
  if (!group) throw new LicensingError('NotFound', notFoundMessage(groupId));
  return group;
}
