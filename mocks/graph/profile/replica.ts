/**
 * Eventual consistency in the `graph` profile: lists and counts lag writes by `lagMs`, reads by id
 * do not (as on Graph, where a new user is found by id at once and in `GET /users` a little later).
 *
 * Model, small and exact: each user and group has a "visible in lists from" time. Before the
 * directory commands (`directory-users.ts`, `directory-groups.ts`: creation, properties,
 * membership through `members/$ref`, deletion) change an object, the replica keeps it as it was
 * ("absent" for one about to be created) unless it already holds an earlier state of it, and sets
 * the object's visible-from time to `lagMs` after this change. Until then lists see the kept
 * state; from then on, the object as it is. So a change shows in lists `lagMs` after it was made,
 * or after the last of a quick run of changes to the same object (one kept state per object,
 * however many changes: a 60,000-member group is copied once, not once per member added).
 * Covered lists: `GET /users`, `/groups`, both `$count`s, `/groups/{id}/members`,
 * `/users/{id}/memberOf`.
 *
 * Not covered, on purpose: licence state (`assignedLicenses`, `licenseAssignmentStates`,
 * `assignedPlans`) and membership moved by dynamic rules are computed by background processing
 * and read live; a deleted object still listed during the lag is listed after the others.
 */
import type { GroupView, UserProfile } from '../../../src/engine';
import type { UserRow } from '../adapter';
import type { GroupExtras, UserExtras } from '../model';
import type { RowSource } from '../odata/apply';
import { userIds, userSource } from '../rows';
import { indexedUserSource } from '../search/user-index';
import type { DirectoryWatch, StoreReader, TenantReader, TenantStore } from '../store';

/** A user as lists saw it before a change. */
interface UserImage {
  readonly profile: UserProfile;
  readonly extras: UserExtras;
  readonly memberOf: readonly string[];
}

/** A group as lists saw it before a change (members materialised). */
interface GroupImage {
  readonly extras: GroupExtras;
  readonly view: GroupView;
}

/** An object whose changes lists do not see yet: as it was (null: absent), and until when. */
interface Pending<T> {
  readonly before: T | null;
  visibleFrom: number;
}

const OVERLAY = Symbol('list overlay');

/** A store as lists see it, with the changes still inside the lag undone. */
interface Overlay extends StoreReader {
  readonly [OVERLAY]: { readonly live: StoreReader; readonly pendingUsers: ReadonlySet<string> };
}

function userImage(store: StoreReader, id: string): UserImage | null {
  const profile = store.tenant.profile(id);
  const extras = store.users.get(id);
  if (!profile || !extras) return null;
  return { profile, extras: { ...extras }, memberOf: [...store.tenant.memberOf(id)] };
}

function groupImage(store: StoreReader, id: string): GroupImage | null {
  const extras = store.groups.get(id);
  const view = store.tenant.group(id);
  if (!extras || !view) return null;
  return {
    extras: { ...extras, groupTypes: [...extras.groupTypes] },
    view: { ...view, userMemberIds: [...view.userMemberIds] },
  };
}

/** Forgets the objects lists see as they are by `now`; whether it forgot any. */
function sweep<T>(pending: Map<string, Pending<T>>, now: number): boolean {
  let forgot = false;
  for (const [id, entry] of pending)
    if (entry.visibleFrom <= now) forgot = pending.delete(id) || forgot;
  return forgot;
}

/** The kept states. */
function current<T>(pending: Map<string, Pending<T>>): Map<string, T | null> {
  return new Map([...pending].map(([id, entry]) => [id, entry.before]));
}

/** A read-only map with some entries replaced (a value) or hidden (null). */
function overlayMap<V>(
  live: ReadonlyMap<string, V>,
  images: ReadonlyMap<string, V | null>,
  order: () => readonly string[],
): ReadonlyMap<string, V> {
  const get = (id: string): V | undefined => {
    const image = images.get(id);
    return image === undefined ? live.get(id) : (image ?? undefined);
  };
  const entries = () =>
    order()
      .map((id) => [id, get(id)] as const)
      .filter((e): e is readonly [string, V] => e[1] !== undefined)
      .map(([k, v]): [string, V] => [k, v]);
  return {
    get,
    has: (id) => get(id) !== undefined,
    get size() {
      return order().length;
    },
    forEach(callback) {
      for (const [k, v] of entries()) callback(v, k, this);
    },
    entries: () => entries()[Symbol.iterator](),
    keys: () => order()[Symbol.iterator](),
    values: () =>
      entries()
        .map(([, v]) => v)
        [Symbol.iterator](),
    [Symbol.iterator]: () => entries()[Symbol.iterator](),
  };
}

/** Live ids without the hidden ones, then the ones still listed but gone live (deleted). */
function listedIds<T>(
  liveIds: readonly string[],
  images: ReadonlyMap<string, T | null>,
  isLive: (id: string) => boolean,
): string[] {
  if (images.size === 0) return [...liveIds];
  const hidden = [...images].some(([, image]) => image === null);
  const ids = hidden ? liveIds.filter((id) => images.get(id) !== null) : [...liveIds];
  for (const [id, image] of images) if (image !== null && !isLive(id)) ids.push(id);
  return ids;
}

function overlay(
  live: StoreReader,
  users: ReadonlyMap<string, UserImage | null>,
  groups: ReadonlyMap<string, GroupImage | null>,
): Overlay {
  const t = live.tenant;
  let listedUserIds: string[] | undefined;
  let listedGroupIds: string[] | undefined;
  // From the live ids cached per store version (listing 100,000 users costs tens of ms).
  const listedUsers = () =>
    (listedUserIds ??= listedIds(userIds(live), users, (id) => live.users.has(id)));
  const listedGroups = () =>
    (listedGroupIds ??= listedIds(t.groupIds(), groups, (id) => live.groups.has(id)));
  const groupView = (id: string): GroupView | undefined => {
    const image = groups.get(id);
    if (image === undefined) return t.group(id);
    if (image === null) return undefined;
    const now = t.group(id);
    // Licence state is the licensing service's and reads live.
    return now
      ? {
          ...image.view,
          assignedLicenses: now.assignedLicenses,
          licenseProcessingState: now.licenseProcessingState,
          progress: now.progress,
        }
      : image.view;
  };
  const tenant: TenantReader = {
    profile: (id) => {
      const image = users.get(id);
      return image === undefined ? t.profile(id) : image?.profile;
    },
    userIds: () => listedUsers(),
    license: t.license.bind(t),
    // Live, as licence state is: lists narrow with it and check the lagging users themselves.
    usersHolding: t.usersHolding.bind(t),
    memberOf: (id) => {
      const image = users.get(id);
      return image === undefined ? t.memberOf(id) : [...(image?.memberOf ?? [])];
    },
    explain: t.explain.bind(t),
    subscription: t.subscription.bind(t),
    subscriptions: t.subscriptions.bind(t),
    group: groupView,
    memberCount: (id) => groupView(id)?.userMemberIds.length ?? 0,
    groupIds: () => listedGroups(),
    hasMembersWithLicenseErrors: t.hasMembersWithLicenseErrors.bind(t),
    membersWithLicenseErrors: t.membersWithLicenseErrors.bind(t),
    previewMembershipRule: t.previewMembershipRule.bind(t),
    previewGroupLicenses: t.previewGroupLicenses.bind(t),
    ruleContext: t.ruleContext.bind(t),
    whatIf: t.whatIf.bind(t),
    validateGroupLicenses: t.validateGroupLicenses.bind(t),
    get idle() {
      return t.idle;
    },
    get queuedJobs() {
      return t.queuedJobs;
    },
  };
  const userExtras = new Map([...users].map(([id, image]) => [id, image ? image.extras : null]));
  const groupExtras = new Map([...groups].map(([id, image]) => [id, image ? image.extras : null]));
  return {
    [OVERLAY]: { live, pendingUsers: new Set(users.keys()) },
    organization: live.organization,
    clock: live.clock,
    tenant,
    users: overlayMap(live.users, userExtras, listedUsers),
    upnIndex: live.upnIndex,
    groups: overlayMap(live.groups, groupExtras, listedGroups),
    skus: live.skus,
    admins: live.admins,
    tokens: live.tokens,
    audit: live.audit,
    compileRule: live.compileRule,
    version: live.version,
    findUserId: live.findUserId.bind(live),
    requireUserId: live.requireUserId.bind(live),
    requireGroup: live.requireGroup.bind(live),
    requireGroupId: live.requireGroupId.bind(live),
    actorOf: live.actorOf.bind(live),
    rolesOf: live.rolesOf.bind(live),
    skuName: live.skuName.bind(live),
  };
}

/** The objects of one tenant whose changes lists do not see yet. */
export class ListReplica implements DirectoryWatch {
  readonly #store: TenantStore;
  readonly #lagMs: number;
  readonly #users = new Map<string, Pending<UserImage>>();
  readonly #groups = new Map<string, Pending<GroupImage>>();
  #notes = 0;
  /** Bumped whenever an object starts or stops lagging. */
  #epoch = 0;
  /** The last overlay, reused while neither the tenant nor the lagging objects changed. */
  #cached: { readonly version: number; readonly epoch: number; readonly view: StoreReader } | null =
    null;

  constructor(store: TenantStore, lagMs: number) {
    this.#store = store;
    this.#lagMs = lagMs;
  }

  beforeUserChange(id: string): void {
    this.#note(this.#users, id, () => userImage(this.#store, id));
  }

  beforeGroupChange(id: string): void {
    this.#note(this.#groups, id, () => groupImage(this.#store, id));
  }

  #note<T>(pending: Map<string, Pending<T>>, id: string, image: () => T | null): void {
    const now = this.#store.clock.now();
    // Now and then, forget what lists already see, so objects nobody lists do not pile up.
    if (++this.#notes % 256 === 0) this.#sweep(now);
    const entry = pending.get(id);
    if (entry && entry.visibleFrom > now) {
      entry.visibleFrom = now + this.#lagMs;
      return;
    }
    pending.set(id, { before: image(), visibleFrom: now + this.#lagMs });
    this.#epoch++;
  }

  #sweep(now: number): void {
    const users = sweep(this.#users, now);
    const groups = sweep(this.#groups, now);
    if (users || groups) this.#epoch++;
  }

  /** The tenant as lists see it now: the store itself when no change is inside the lag. */
  view(): StoreReader {
    this.#sweep(this.#store.clock.now());
    if (this.#users.size === 0 && this.#groups.size === 0) return this.#store;
    const { version } = this.#store;
    const cached = this.#cached;
    if (cached?.version === version && cached.epoch === this.#epoch) return cached.view;
    const view = overlay(this.#store, current(this.#users), current(this.#groups));
    this.#cached = { version, epoch: this.#epoch, view };
    return view;
  }
}

/**
 * Users as lists see them, for `GET /users` and `/users/$count`: through the search index, and
 * with the changes inside the lag undone when `lists` is an overlay (the index, built on the live
 * tenant, narrows; the objects still lagging are always candidates, searched and, where the index
 * answered the filter, filtered one by one).
 */
export function listedUserSource(lists: StoreReader): RowSource<string, UserRow> {
  if (!(OVERLAY in lists)) return indexedUserSource(lists);
  const { live, pendingUsers } = (lists as Overlay)[OVERLAY];
  const source = userSource(lists);
  const index = indexedUserSource(live);
  return {
    get keys() {
      return source.keys;
    },
    cursor: (id) => source.cursor(id),
    row: (id) => source.row(id),
    narrow(query) {
      const narrowed = index.narrow?.(query) ?? null;
      if (!narrowed) return null;
      const candidates = new Set(narrowed.keys);
      // The index knows the lagging users as they are, not as lists see them: they are always
      // candidates, and where it answered the filter, the filter is checked on them here.
      const { filter } = query;
      const check = narrowed.filterAnswered && filter ? filter : null;
      const keys = source.keys.filter((id) =>
        pendingUsers.has(id) ? !check || check(source.cursor(id)) : candidates.has(id),
      );
      return { keys, searchAnswered: false, filterAnswered: narrowed.filterAnswered };
    },
  };
}
