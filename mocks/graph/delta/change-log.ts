/**
 * The change log behind `GET /users/delta` and `GET /groups/delta`: a change number per user,
 * group and direct membership, kept in `TenantStore.changeMarks` (persisted with the tenant, so a
 * delta token survives a reload).
 *
 * Kept out of the hot paths: nothing is stamped while commands and processing run. The log has
 * its own channel of the engine's change tracker (`Tenant.trackChanges('graph-delta')`), and
 * `sync()` turns what changed since into marks, all under one new change number; it runs when a
 * delta query is answered and before persistence takes a commit (`syncChangeLog`), so the marks
 * saved always cover the tenant saved. The log starts on the first delta query (or at load, when
 * the tenant was saved with marks): a token can only come from an answer, so nothing before it is
 * needed.
 *
 * What counts as a change: any change the engine makes to a user (profile, licences, plans, and
 * also its licence states or memberships alone: more than Graph, whose delta promises "at least"
 * the changed objects; the answers never carry `licenseAssignmentStates`, which Graph's delta does
 * not track); a group's properties (its Graph fields, security, rule, licences); a membership
 * gained or lost (users and nested groups); a deletion.
 */
import type { ChangeTracker } from '../../../src/engine';
import type { TenantStore } from '../store';
import { SEQ_KEY, groupKey, memberKey, userKey, type ChangeMark } from './change-mark';

/** The log of one store. */
export class ChangeLog {
  readonly #store: TenantStore;
  readonly #tracker: ChangeTracker;
  /** Each user's direct groups as last seen, to tell the memberships lost. */
  readonly #memberOf = new Map<string, readonly string[]>();
  /** Each group's nested groups and Graph fields as last seen. */
  readonly #groups = new Map<string, { nested: readonly string[]; extras: string }>();

  constructor(store: TenantStore) {
    this.#store = store;
    this.#tracker = store.tenant.trackChanges('graph-delta');
    for (const id of store.tenant.userIds()) this.#memberOf.set(id, store.tenant.memberOf(id));
    for (const id of store.tenant.groupIds()) this.#groups.set(id, this.#groupMark(id));
  }

  #groupMark(id: string) {
    const view = this.#store.tenant.group(id);
    return {
      nested: view ? [...view.groupMemberIds] : [],
      extras: JSON.stringify(this.#store.groups.get(id) ?? null),
    };
  }

  /** The last change number handed out (0: none yet). */
  get seq(): number {
    return this.#store.changeMarks.get(SEQ_KEY)?.seq ?? 0;
  }

  /**
   * Turns what changed since the last call into marks under one new change number; whether
   * anything was marked.
   */
  sync(): boolean {
    const delta = this.#tracker.delta();
    const marks = this.#store.changeMarks;
    const seq = this.seq + 1;
    let stamps = 0;
    const stamp = (key: string, mark: Omit<ChangeMark, 'seq'> = {}) => {
      marks.set(key, { seq, ...mark });
      stamps++;
    };
    const memberships = (
      before: readonly string[],
      after: readonly string[],
      memberId: string,
      member: 'user' | 'group',
    ) => {
      const now = new Set(after);
      const was = new Set(before);
      for (const g of after) if (!was.has(g)) stamp(memberKey(g, memberId), { member });
      for (const g of before)
        if (!now.has(g)) stamp(memberKey(g, memberId), { member, removed: 'deleted' });
    };
    for (const user of delta.users) {
      const { id } = user;
      stamp(userKey(id));
      // Absent: the memberships did not change (a user new to the log carries them).
      if (!user.memberOf) continue;
      memberships(this.#memberOf.get(id) ?? [], user.memberOf, id, 'user');
      this.#memberOf.set(id, user.memberOf);
    }
    for (const id of delta.removedUsers) {
      stamp(userKey(id), { removed: 'changed' });
      memberships(this.#memberOf.get(id) ?? [], [], id, 'user');
      this.#memberOf.delete(id);
    }
    // Groups are few: their Graph fields (not in the engine) are compared whole.
    const changed = new Set(delta.groups.map((g) => g.id));
    for (const id of this.#store.tenant.groupIds()) {
      const before = this.#groups.get(id);
      const after = this.#groupMark(id);
      if (!changed.has(id) && before?.extras === after.extras) continue;
      stamp(groupKey(id));
      // A group's nested groups are its memberships of kind group (the parent's `members`).
      const was = new Set(before?.nested ?? []);
      const now = new Set(after.nested);
      for (const g of after.nested) if (!was.has(g)) stamp(memberKey(id, g), { member: 'group' });
      for (const g of before?.nested ?? [])
        if (!now.has(g)) stamp(memberKey(id, g), { member: 'group', removed: 'deleted' });
      this.#groups.set(id, after);
    }
    for (const id of delta.removedGroups) {
      const before = this.#groups.get(id);
      // A deleted Microsoft 365 group waits in deleted items (`changed`); a security group is gone.
      const unified = before?.extras.includes('"Unified"') ?? false;
      stamp(groupKey(id), { removed: unified ? 'changed' : 'deleted' });
      this.#groups.delete(id);
    }
    if (stamps > 0) marks.set(SEQ_KEY, { seq });
    return stamps > 0;
  }
}

const logs = new WeakMap<TenantStore, ChangeLog>();

/** The store's change log, started on first use. */
export function changeLogOf(store: TenantStore): ChangeLog {
  let log = logs.get(store);
  if (!log) {
    log = new ChangeLog(store);
    logs.set(store, log);
  }
  return log;
}

/** Syncs the store's change log when it has one (persistence calls it before each commit). */
export function syncChangeLog(store: TenantStore): void {
  logs.get(store)?.sync();
}

/** Starts the log of a store loaded with marks, so changes after the load are marked too. */
export function resumeChangeLog(store: TenantStore): void {
  if (store.changeMarks.size > 0) changeLogOf(store);
}
