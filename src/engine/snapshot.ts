import type { Job, JobQueue } from './processing';
import type { Retry } from './reconcile';
import {
  countProxies,
  type Entry,
  type GroupRecord,
  type LostPlan,
  type TenantState,
  type UserRecord,
} from './state';
import type {
  AssignmentError,
  JobReason,
  LicenseRequest,
  MembershipRule,
  PrepaidUnits,
} from './types';
import type { UserProfile } from './user-profile';
import { createSkuRecord, variantOf, type SkuRecord } from './variants';

/**
 * A tenant as plain JSON: enough to rebuild it exactly (entries, applied versions, errors, lost
 * plans, seats, queued work). Consumed units are not stored; they are recounted from the entries.
 */
export interface TenantSnapshot {
  readonly version: 1;
  readonly tenantCountry: string;
  readonly plans: readonly {
    servicePlanId: string;
    servicePlanName: string;
    friendlyName: string;
    service: string;
  }[];
  readonly skus: readonly {
    skuId: string;
    skuPartNumber: string;
    prepaid: PrepaidUnits;
    planIds: readonly string[];
    planAddedAt: readonly [string, number][];
  }[];
  readonly users: readonly {
    profile: UserProfile;
    entries: readonly {
      skuId: string;
      groupId: string | null;
      disabled: readonly string[];
      applied: readonly string[] | null;
      error: AssignmentError;
      errorPlans: readonly string[];
      updatedAt: number;
      appliedAt: number;
    }[];
    lost: readonly [string, LostPlan][];
    since: readonly [string, number][];
  }[];
  readonly groups: readonly {
    id: string;
    securityEnabled: boolean;
    rule: { text: string; paused: boolean } | null;
    licenses: readonly LicenseRequest[];
    members: readonly string[];
    memberGroups: readonly string[];
  }[];
  /**
   * Queued jobs. A job of listed users lists them in `userIds`. A job queued for a group's
   * members names the group in `membersOf` instead: its users are that group's members from the
   * member `from` on (in creation order; none when null) except `skip`, plus `userIds`. `done`
   * counts the users it had processed (progress only).
   */
  readonly jobs: readonly {
    reason: JobReason;
    groupIds: readonly string[];
    userIds: readonly string[];
    retry: string | null;
    membersOf?: string;
    from?: string | null;
    skip?: readonly string[];
    done?: number;
  }[];
}

/** One user of a snapshot. */
export type SnapshotUser = TenantSnapshot['users'][number];
/** One group of a snapshot. */
export type SnapshotGroup = TenantSnapshot['groups'][number];
/** One subscription of a snapshot. */
export type SnapshotSku = TenantSnapshot['skus'][number];
/** One plan of a snapshot (a plan the catalog does not know). */
export type SnapshotPlan = TenantSnapshot['plans'][number];
/** One queued job of a snapshot. */
export type SnapshotJob = TenantSnapshot['jobs'][number];

/** A user's item as last exported, with the fields it was made from. */
interface ExportedUser {
  readonly profile: UserProfile;
  readonly entries: readonly Entry[];
  readonly lost: UserRecord['lost'];
  readonly since: UserRecord['since'];
  readonly item: SnapshotUser;
}

/**
 * Items already made, by user record. The engine replaces a user's fields, never mutates them, so
 * an item whose fields are still the record's is the user as it is now: exporting 100,000 users
 * again (the emulator's compaction, on its worker's thread) reuses the items of those that did not
 * change instead of making every one anew (~110 ms and as much garbage on the large seed). Items
 * are shared between exports and must not be mutated.
 */
const exported = new WeakMap<UserRecord, ExportedUser>();

/** A user as the snapshot stores it (the same object as the last time, if the user is unchanged). */
export function userItem(u: UserRecord): SnapshotUser {
  const last = exported.get(u);
  if (
    last?.profile === u.profile &&
    last.entries === u.entries &&
    last.lost === u.lost &&
    last.since === u.since
  )
    return last.item;
  const item = makeUserItem(u);
  exported.set(u, { profile: u.profile, entries: u.entries, lost: u.lost, since: u.since, item });
  return item;
}

function makeUserItem(u: UserRecord): SnapshotUser {
  return {
    profile: u.profile,
    entries: u.entries.map((e) => ({
      skuId: e.sku.skuId,
      groupId: e.group?.id ?? null,
      disabled: e.intent.disabled,
      applied: e.applied?.disabled ?? null,
      error: e.error,
      errorPlans: e.errorPlans,
      updatedAt: e.updatedAt,
      appliedAt: e.appliedAt,
    })),
    lost: [...(u.lost ?? [])],
    since: [...(u.since ?? [])],
  };
}

/** A group as the snapshot stores it, without its members (`exportState` adds them). */
export function groupFields(g: GroupRecord): Omit<SnapshotGroup, 'members'> {
  return {
    id: g.id,
    securityEnabled: g.securityEnabled,
    rule: g.dynamic ? { text: g.dynamic.rule.text, paused: g.dynamic.paused } : null,
    licenses: g.licenses,
    memberGroups: [...g.memberGroups],
  };
}

/**
 * Every group's user members in creation order, from one walk of the users (whose `groups` mirror
 * the groups' members): sorting each group's members instead took ~30 ms of an export on the large
 * seed (a group of 60,000).
 */
function membersByGroup(state: TenantState): [GroupRecord, string[]][] {
  /** By group ord; a group's list is shared by its entry in `alive`. */
  const lists: (string[] | undefined)[] = [];
  const alive: [GroupRecord, string[]][] = [];
  for (const g of state.groups)
    if (g.alive) {
      const list: string[] = [];
      lists[g.ord] = list;
      alive.push([g, list]);
    }
  for (const u of state.users) {
    if (!u.alive) continue;
    for (const g of u.groups) lists[g.ord]?.push(u.profile.id);
  }
  return alive;
}

/** A subscription as the snapshot stores it. */
export function skuItem(s: SkuRecord): SnapshotSku {
  return {
    skuId: s.skuId,
    skuPartNumber: s.skuPartNumber,
    prepaid: s.prepaid,
    planIds: s.planIds,
    planAddedAt: [...s.planAddedAt],
  };
}

/** The plans of the tenant's SKUs that the catalog does not know (added with `addServicePlan`). */
export function extraPlans(state: TenantState): SnapshotPlan[] {
  const catalogPlan = (id: string) => state.plans.isCatalogPlan(id);
  const extra = new Set(state.skus.flatMap((s) => s.planIds.filter((id) => !catalogPlan(id))));
  return [...extra].map((id) => {
    const p = state.plans.get(id);
    return {
      servicePlanId: id,
      servicePlanName: p?.servicePlanName ?? id,
      friendlyName: p?.friendlyName ?? id,
      service: p?.service ?? '',
    };
  });
}

/**
 * The queued jobs as the snapshot stores them: a started job keeps only its users still to do;
 * deleted users and groups are left out, as importing would drop them (so export, import and
 * export again give the same jobs).
 */
export function jobItems(queue: JobQueue): SnapshotJob[] {
  return queue.jobs.map(jobItem);
}

const byOrd = (a: UserRecord, b: UserRecord) => a.ord - b.ord;
const idOf = (u: UserRecord) => u.profile.id;

function jobItem(j: Job): SnapshotJob {
  const fields = {
    reason: j.reason,
    groupIds: j.groups.filter((g) => g.alive).map((g) => g.id),
    retry: j.retry === null ? null : j.retry === 'all' ? 'all' : j.retry.alive ? j.retry.id : null,
  };
  const done = j.done + (j.started ? j.processed : 0);
  const remaining = j.users.slice(j.started ? j.processed : 0);
  const group = j.membersOf?.alive ? j.membersOf : null;
  if (!group) {
    const userIds = remaining.filter((u) => u.alive).map(idOf);
    return { ...fields, userIds, ...(done > 0 ? { done } : {}) };
  }
  // The group's members from the first user still to do on, minus the few that are not to do
  // (members who joined since), plus the few to do that are not members (who left since, or
  // former holders of a Reprocess): exact, and as long as what changed since the job was queued.
  let from: UserRecord | null = null;
  let inGroup = 0;
  const extra: UserRecord[] = [];
  for (const u of remaining) {
    if (!u.alive) continue;
    if (!from || u.ord < from.ord) from = u;
    if (group.members.has(u)) inGroup++;
    else extra.push(u);
  }
  const skip: UserRecord[] = [];
  if (from) {
    const first = from.ord;
    let window = 0;
    for (const m of group.members) if (m.alive && m.ord >= first) window++;
    if (window !== inGroup) {
      const todo = new Set(remaining);
      for (const m of group.members) if (m.alive && m.ord >= first && !todo.has(m)) skip.push(m);
    }
  }
  return {
    ...fields,
    userIds: extra.sort(byOrd).map(idOf),
    membersOf: group.id,
    from: from ? idOf(from) : null,
    skip: skip.sort(byOrd).map(idOf),
    done,
  };
}

/** The users of a snapshot job, in the restored tenant. */
function jobUsers(state: TenantState, j: SnapshotJob, group: GroupRecord | null): UserRecord[] {
  const listed = j.userIds.flatMap((id) => state.userById.get(id) ?? []);
  const from = j.from == null ? undefined : state.userById.get(j.from);
  if (!group || !from) return listed;
  const skip = new Set(j.skip ?? []);
  const users: UserRecord[] = [];
  for (const m of group.members) if (m.ord >= from.ord && !skip.has(m.profile.id)) users.push(m);
  return users.concat(listed);
}

/** Writes the live part of a tenant to a snapshot (deleted users and groups are left out). */
export function exportState(state: TenantState, queue: JobQueue): TenantSnapshot {
  return {
    version: 1,
    tenantCountry: state.tenantCountry,
    plans: extraPlans(state),
    skus: state.skus.map(skuItem),
    users: state.users.filter((u) => u.alive).map(userItem),
    groups: membersByGroup(state).map(([g, members]) => ({ ...groupFields(g), members })),
    jobs: jobItems(queue),
  };
}

/**
 * Fills an empty tenant state from a snapshot. `compile` turns a stored rule text back into a
 * membership rule; membership is taken from the snapshot, not re-evaluated.
 */
export function importState(
  state: TenantState,
  queue: JobQueue,
  snapshot: TenantSnapshot,
  compile: (text: string) => MembershipRule,
): void {
  const version: number = snapshot.version;
  if (version !== 1) throw new Error(`Unsupported tenant snapshot version ${String(version)}`);
  for (const plan of snapshot.plans)
    state.plans.register(plan.servicePlanId, plan.servicePlanName, plan.friendlyName, plan.service);
  for (const s of snapshot.skus) {
    for (const id of s.planIds) state.plans.get(id);
    const sku = createSkuRecord(state.skus.length, s.skuId, s.skuPartNumber, s.planIds, s.prepaid);
    sku.planAddedAt = new Map(s.planAddedAt);
    state.versions += 1;
    sku.version = state.versions;
    state.skus.push(sku);
    state.skuById.set(sku.skuId, sku);
  }
  state.skuPlans = new Map(state.skus.map((sku) => [sku, sku.planIds]));
  for (const g of snapshot.groups) {
    const group: GroupRecord = {
      ord: state.groups.length,
      id: g.id,
      securityEnabled: g.securityEnabled,
      dynamic: g.rule ? { rule: compile(g.rule.text), paused: g.rule.paused } : null,
      licenses: g.licenses,
      members: new Set(),
      memberGroups: new Set(g.memberGroups),
      alive: true,
      intents: null,
    };
    state.groups.push(group);
    state.groupById.set(group.id, group);
  }
  for (const u of snapshot.users) {
    const user: UserRecord = {
      ord: state.users.length,
      profile: u.profile,
      groups: [],
      entries: [],
      lost: u.lost.length > 0 ? new Map(u.lost) : null,
      since: u.since.length > 0 ? new Map(u.since) : null,
      skuPlans: state.skuPlans,
      alive: true,
    };
    state.users.push(user);
    state.userById.set(u.profile.id, user);
    countProxies(state, u.profile.proxyAddresses, 1);
    user.entries = u.entries.flatMap((e): Entry[] => {
      const sku = state.skuById.get(e.skuId);
      if (!sku) return [];
      const group = e.groupId === null ? null : (state.groupById.get(e.groupId) ?? null);
      if (e.groupId !== null && !group) return [];
      const intent = variantOf(sku, e.disabled, state.plans);
      const applied = e.applied === null ? null : variantOf(sku, e.applied, state.plans);
      return [
        {
          sku,
          group,
          intent,
          applied,
          error: e.error,
          errorPlans: e.errorPlans,
          updatedAt: e.updatedAt,
          appliedAt: e.appliedAt,
        },
      ];
    });
    for (const sku of new Set(user.entries.filter((e) => e.applied).map((e) => e.sku)))
      sku.consumed++;
  }
  for (const g of snapshot.groups) {
    const group = state.groupById.get(g.id) as GroupRecord;
    for (const id of g.members) {
      const user = state.userById.get(id);
      // A member listed twice (a save edited by hand) is one member, as the group's set holds it.
      if (!user || group.members.has(user)) continue;
      group.members.add(user);
      user.groups = [...user.groups, group];
    }
  }
  for (const j of snapshot.jobs) {
    const groups = j.groupIds.flatMap((id) => state.groupById.get(id) ?? []);
    const membersOf = j.membersOf === undefined ? null : (state.groupById.get(j.membersOf) ?? null);
    const users = jobUsers(state, j, membersOf);
    const retry: Retry =
      j.retry === null ? null : j.retry === 'all' ? 'all' : (state.groupById.get(j.retry) ?? null);
    // Kept even when empty: its correlation id is next in line (the emulator's audit).
    queue.enqueue(j.reason, groups, users, retry, true, { membersOf, done: j.done ?? 0 });
  }
}
