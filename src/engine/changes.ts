import type { Job, JobQueue } from './processing';
import {
  extraPlans,
  groupFields,
  jobItems,
  skuItem,
  userItem,
  type SnapshotGroup,
  type SnapshotJob,
  type SnapshotPlan,
  type SnapshotSku,
  type SnapshotUser,
  type TenantSnapshot,
} from './snapshot';
import type { Entry, GroupRecord, LostPlan, TenantState, UserRecord } from './state';
import type { LicenseRequest, PrepaidUnits } from './types';
import type { UserProfile } from './user-profile';

/**
 * A user in a delta. One the reader of the delta does not have (new, or deleted before and back)
 * carries every field; a changed one only the fields that changed since the previous delta
 * (processing changes a user's entries, not its profile of ~1 kB or memberships), absent ones
 * being as the reader has them. `memberOf`: the ids of the groups it is a direct member of.
 */
export interface DeltaUser extends Partial<SnapshotUser> {
  readonly id: string;
  readonly memberOf?: readonly string[];
}

/** A changed group: its snapshot item without members (membership travels with the users). */
export type DeltaGroup = Omit<SnapshotGroup, 'members'>;

/**
 * What changed in a tenant between two `ChangeTracker.delta()` calls, in the snapshot's own
 * terms: applying it to the snapshot of the first moment (`applyTenantDeltas`) gives the snapshot
 * of the second. Its size follows the change, not the tenant.
 */
export interface TenantDelta {
  /** Subscriptions added or changed, whole. */
  readonly skus: readonly SnapshotSku[];
  /** The tenant's non-catalog plans, whole, when a subscription changed; null otherwise. */
  readonly plans: readonly SnapshotPlan[] | null;
  /** Users added (whole) or changed (their changed fields), in creation order. */
  readonly users: readonly DeltaUser[];
  readonly removedUsers: readonly string[];
  /** Groups added or changed (members excepted), whole, in creation order. */
  readonly groups: readonly DeltaGroup[];
  readonly removedGroups: readonly string[];
  /** The job queue, whole, when it moved (or what it is saved as did); null otherwise. */
  readonly jobs: readonly SnapshotJob[] | null;
}

/** Whether a delta changes nothing. */
export function isEmptyTenantDelta(delta: TenantDelta): boolean {
  return (
    delta.skus.length === 0 &&
    delta.plans === null &&
    delta.users.length === 0 &&
    delta.removedUsers.length === 0 &&
    delta.groups.length === 0 &&
    delta.removedGroups.length === 0 &&
    delta.jobs === null
  );
}

interface UserMark {
  profile: UserProfile;
  entries: readonly Entry[];
  groups: readonly GroupRecord[];
  lost: ReadonlyMap<string, LostPlan> | null;
  since: ReadonlyMap<string, number> | null;
  alive: boolean;
}

interface GroupMark {
  securityEnabled: boolean;
  dynamic: GroupRecord['dynamic'];
  licenses: readonly LicenseRequest[];
  memberGroups: string;
  alive: boolean;
}

interface SkuMark {
  prepaid: PrepaidUnits;
  planIds: readonly string[];
  planAddedAt: ReadonlyMap<string, number>;
}

interface JobMark {
  job: Job;
  users: readonly unknown[];
  processed: number;
  started: boolean;
}

/**
 * Finds what changed in a tenant since the previous `delta()` (or since it was made), by
 * comparing each record's fields with the values they held then. It relies on how the engine
 * writes: every field of a user, group or SKU is replaced, never mutated in place (entries are
 * immutable, lists and maps are rebuilt), except two sets: a group's user members, which mirror
 * the users' `groups` lists and so travel with the users, and a group's nested groups, compared by
 * content. Only users the engine wrote since the last call (`write` records them) and new users
 * are compared, so the cost follows the change, not the tenant; groups, SKUs and jobs (few) are
 * compared every time. One tracker per channel (persistence, Graph's delta queries): a new one
 * takes over its channel's record of writes; trackers of different channels do not disturb each other.
 */
export class ChangeTracker {
  readonly #state: TenantState;
  readonly #queue: JobQueue;
  readonly #users: (UserMark | null)[] = [];
  readonly #groups: (GroupMark | null)[] = [];
  readonly #skus: SkuMark[] = [];
  #jobs: JobMark[] = [];
  readonly #written = new Set<object>();

  constructor(state: TenantState, queue: JobQueue, channel = 'persistence') {
    this.#state = state;
    this.#queue = queue;
    const channels = (state.writtenChannels ??= new Map());
    channels.set(channel, this.#written);
    state.written = [...channels.values()];
    this.delta(true);
  }

  /**
   * What changed since the last call; the tracker then holds the tenant as it is now. Users are
   * compared only where the engine wrote since (`TenantState.written`) or that are new, so a
   * small change costs little however large the tenant; `all` compares every one.
   */
  delta(all = false): TenantDelta {
    const state = this.#state;
    const users: DeltaUser[] = [];
    const removedUsers: string[] = [];
    const written = [...this.#written];
    this.#written.clear();
    const candidates: number[] = [];
    if (all) for (let ord = 0; ord < state.users.length; ord++) candidates.push(ord);
    else {
      for (const target of written) {
        const ord = (target as { ord?: unknown }).ord;
        if (typeof ord === 'number' && state.users[ord] === target) candidates.push(ord);
      }
      for (let ord = this.#users.length; ord < state.users.length; ord++) candidates.push(ord);
      candidates.sort((a, b) => a - b);
    }
    let previous = -1;
    for (const ord of candidates) {
      if (ord === previous) continue;
      previous = ord;
      const u = state.users[ord];
      if (!u) continue;
      const mark = this.#users[ord] ?? null;
      if (
        mark?.alive === u.alive &&
        mark.profile === u.profile &&
        mark.entries === u.entries &&
        mark.groups === u.groups &&
        mark.lost === u.lost &&
        mark.since === u.since
      )
        continue;
      if (u.alive) users.push(deltaUser(u, mark?.alive ? mark : null));
      else if (mark?.alive) removedUsers.push(u.profile.id);
      this.#users[ord] = {
        profile: u.profile,
        entries: u.entries,
        groups: u.groups,
        lost: u.lost,
        since: u.since,
        alive: u.alive,
      };
    }
    const groups: DeltaGroup[] = [];
    const removedGroups: string[] = [];
    for (let ord = 0; ord < state.groups.length; ord++) {
      const g = state.groups[ord];
      if (!g) continue;
      const mark = this.#groups[ord] ?? null;
      const memberGroups = [...g.memberGroups].join(',');
      if (
        mark?.alive === g.alive &&
        mark.securityEnabled === g.securityEnabled &&
        mark.dynamic === g.dynamic &&
        mark.licenses === g.licenses &&
        mark.memberGroups === memberGroups
      )
        continue;
      if (g.alive) groups.push(groupFields(g));
      else if (mark?.alive) removedGroups.push(g.id);
      this.#groups[ord] = {
        securityEnabled: g.securityEnabled,
        dynamic: g.dynamic,
        licenses: g.licenses,
        memberGroups,
        alive: g.alive,
      };
    }
    const skus: SnapshotSku[] = [];
    for (let ord = 0; ord < state.skus.length; ord++) {
      const s = state.skus[ord];
      if (!s) continue;
      const mark = this.#skus[ord];
      if (
        mark?.prepaid === s.prepaid &&
        mark.planIds === s.planIds &&
        mark.planAddedAt === s.planAddedAt
      )
        continue;
      skus.push(skuItem(s));
      this.#skus[ord] = { prepaid: s.prepaid, planIds: s.planIds, planAddedAt: s.planAddedAt };
    }
    const queued = this.#queue.jobs;
    const jobsMoved =
      queued.length !== this.#jobs.length ||
      queued.some((job, i) => {
        const mark = this.#jobs[i];
        return (
          mark?.job !== job ||
          mark.users !== job.users ||
          mark.processed !== job.processed ||
          mark.started !== job.started
        );
      });
    // A job of a group's members is saved as that group plus its differences, which a change of
    // membership (users) or a deleted group moves without the job moving.
    const jobsOut =
      jobsMoved ||
      (queued.some((job) => job.membersOf !== null) &&
        (users.length > 0 || removedUsers.length > 0 || removedGroups.length > 0));
    if (jobsMoved)
      this.#jobs = queued.map((job) => ({
        job,
        users: job.users,
        processed: job.processed,
        started: job.started,
      }));
    return {
      skus,
      plans: skus.length > 0 ? extraPlans(state) : null,
      users,
      removedUsers,
      groups,
      removedGroups,
      jobs: jobsOut ? jobItems(this.#queue) : null,
    };
  }
}

/** A live user as a delta carries it: whole without `before` (the reader lacks it), else what moved. */
function deltaUser(u: UserRecord, before: UserMark | null): DeltaUser {
  const item = userItem(u);
  const memberOf = () => u.groups.map((g) => g.id);
  if (!before) return { id: u.profile.id, ...item, memberOf: memberOf() };
  return {
    id: u.profile.id,
    ...(before.profile === u.profile ? {} : { profile: item.profile }),
    ...(before.entries === u.entries ? {} : { entries: item.entries }),
    ...(before.lost === u.lost ? {} : { lost: item.lost }),
    ...(before.since === u.since ? {} : { since: item.since }),
    ...(before.groups === u.groups ? {} : { memberOf: memberOf() }),
  };
}

/** Thrown when deltas do not follow the snapshot they are applied to (a user changed before it exists). */
export class DeltaMismatchError extends Error {
  override readonly name = 'DeltaMismatchError';
}

/**
 * Applies deltas, oldest first, to the snapshot they start from: the snapshot of the tenant after
 * the last of them. Users and groups keep their creation order (new ones come last); a group's
 * members are rebuilt from the changed users' `memberOf`. A changed user's absent fields are taken
 * from the user as the snapshot or an earlier delta left it (`DeltaMismatchError` when there is
 * none: the deltas do not follow this snapshot).
 */
export function applyTenantDeltas(
  snapshot: TenantSnapshot,
  deltas: readonly TenantDelta[],
): TenantSnapshot {
  if (deltas.length === 0) return snapshot;
  const users = new Map(snapshot.users.map((u) => [u.profile.id, u]));
  const groups = new Map(snapshot.groups.map((g) => [g.id, g]));
  const skus = new Map(snapshot.skus.map((s) => [s.skuId, s]));
  let plans = snapshot.plans;
  let jobs = snapshot.jobs;
  /** Users whose memberships the deltas decide: user id to group ids (null: removed). */
  const memberOf = new Map<string, readonly string[] | null>();
  for (const delta of deltas) {
    for (const sku of delta.skus) skus.set(sku.skuId, sku);
    if (delta.plans) plans = delta.plans;
    for (const id of delta.removedUsers) {
      users.delete(id);
      memberOf.set(id, null);
    }
    for (const { id, memberOf: ids, ...fields } of delta.users) {
      const before = users.get(id);
      const profile = fields.profile ?? before?.profile;
      const entries = fields.entries ?? before?.entries;
      const lost = fields.lost ?? before?.lost;
      const since = fields.since ?? before?.since;
      if (!profile || !entries || !lost || !since || (!before && !ids))
        throw new DeltaMismatchError(
          `user ${id} is changed by a delta but is not in the tenant it applies to`,
        );
      users.set(id, { profile, entries, lost, since });
      if (ids) memberOf.set(id, ids);
    }
    for (const id of delta.removedGroups) groups.delete(id);
    for (const group of delta.groups)
      groups.set(group.id, { ...group, members: groups.get(group.id)?.members ?? [] });
    if (delta.jobs) jobs = delta.jobs;
  }
  const order = new Map<string, number>();
  for (const id of users.keys()) order.set(id, order.size);
  const joining = new Map<string, string[]>();
  for (const [userId, ids] of memberOf)
    for (const groupId of ids ?? []) {
      const list = joining.get(groupId);
      if (list) list.push(userId);
      else joining.set(groupId, [userId]);
    }
  const rebuilt = [...groups.values()].map((group): SnapshotGroup => {
    const kept = group.members.filter((id) => !memberOf.has(id) && users.has(id));
    const added = joining.get(group.id) ?? [];
    if (added.length === 0 && kept.length === group.members.length) return group;
    const members = [...kept, ...added].sort(
      (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity),
    );
    return { ...group, members };
  });
  return {
    ...snapshot,
    plans,
    skus: [...skus.values()],
    users: [...users.values()],
    groups: rebuilt,
    jobs,
  };
}
