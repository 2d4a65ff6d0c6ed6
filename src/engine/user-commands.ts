/**
 * Commands and questions about one user: create, change, delete, and "why does this user have (or
 * not have) this plan". Licence changes that follow (dynamic groups the user joins or leaves) are
 * queued, never applied here.
 */
import { LicensingError } from './errors';
import { enqueueMembership } from './membership-queue';
import { evaluateUser, leave } from './membership';
import type { JobQueue } from './processing';
import { requireUser } from './records';
import { countProxies, mapSet, write, type TenantState, type UserRecord } from './state';
import type { PlanExplanation } from './types';
import type { UserProfile } from './user-profile';
import { licenseView, rawOf } from './views';

/** Adds a user; dynamic groups evaluate it at once and their licences are queued. */
export function addUser(state: TenantState, queue: JobQueue, profile: UserProfile): void {
  if (state.userById.has(profile.id))
    throw new LicensingError('Invalid', `A user with id ${profile.id} already exists.`);
  const user: UserRecord = {
    ord: state.users.length,
    profile,
    groups: [],
    entries: [],
    lost: null,
    since: null,
    skuPlans: state.skuPlans,
    alive: true,
  };
  state.users.push(user);
  state.journal?.record(() => state.users.pop());
  mapSet(state, state.userById, profile.id, user);
  countProxies(state, profile.proxyAddresses, 1);
  enqueueMembership(queue, evaluateUser(state, user), [user]);
}

/** Changes a user's attributes. Dynamic groups re-evaluate the user; licence errors are not retried. */
export function updateUser(
  state: TenantState,
  queue: JobQueue,
  userId: string,
  patch: Partial<Omit<UserProfile, 'id'>>,
): void {
  const user = requireUser(state, userId);
  const next = { ...user.profile, ...patch, id: user.profile.id };
  countProxies(state, user.profile.proxyAddresses, -1);
  countProxies(state, next.proxyAddresses, 1);
  write(state, user, 'profile', next);
  enqueueMembership(queue, evaluateUser(state, user), [user]);
}

/** Deletes a user: memberships go, entries go, seats are released at once. */
export function deleteUser(state: TenantState, userId: string): void {
  const user = requireUser(state, userId);
  for (const group of user.groups) leave(state, group, user);
  for (const sku of new Set(user.entries.filter((e) => e.applied).map((e) => e.sku)))
    write(state, sku, 'consumed', sku.consumed - 1);
  write(state, user, 'entries', []);
  countProxies(state, user.profile.proxyAddresses, -1);
  write(state, user, 'alive', false);
  mapSet(state, state.userById, userId, undefined);
}

/** Every source that enables, disables or is blocked from giving a plan to a user. */
export function explainPlan(
  state: TenantState,
  userId: string,
  servicePlanId: string,
): PlanExplanation {
  const user = requireUser(state, userId);
  const id = servicePlanId.toLowerCase();
  const status =
    licenseView(state, rawOf(user, state.clock())).assignedPlans.find((p) => p.servicePlanId === id)
      ?.capabilityStatus ?? null;
  const sources = user.entries
    .filter((e) => e.sku.planSet.has(id))
    .map((e) => ({
      skuId: e.sku.skuId,
      assignedByGroup: e.group?.id ?? null,
      effect: e.applied?.planSet.has(id)
        ? ('enables' as const)
        : e.intent.disabled.includes(id)
          ? ('disables' as const)
          : ('blocked' as const),
      error: e.error,
    }));
  return { servicePlanId: id, status, sources };
}
