/**
 * Eventual consistency in the `graph` profile: lists and counts lag writes by `lagMs`, reads by id
 * do not (as on Graph, where a new user is found by id at once and in `GET /users` a little later).
 *
 * Model, exact and small: before a user or a group is created, changed or deleted through the
 * directory commands (`directory-users.ts`, `directory-groups.ts`: properties, membership through
 * `members/$ref`, creation, deletion), the replica keeps the object as it was ("absent" for one
 * about to be created) with the time of the change. A list at emulator time `t` sees each object
 * as it was before its oldest change younger than `lagMs`, and as it is once every change is older:
 * the tenant as of `t - lagMs`, object by object. Covered lists: `GET /users`, `/groups`, both
 * `$count`s, `/groups/{id}/members`, `/users/{id}/memberOf`.
 *
 * Not covered, on purpose: licence state (`assignedLicenses`, `licenseAssignmentStates`,
 * `assignedPlans`) and membership moved by dynamic rules are computed by background processing
 * and read live; a deleted object still listed during the lag is listed after the others.
 */
import type { GroupView, UserProfile } from '../../../src/engine';
import type { UserRow } from '../adapter';
import type { GroupExtras, UserExtras } from '../model';
import type { RowSource } from '../odata/apply';
import { userSource } from '../rows';
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

/** A change still inside the lag: when it happened and the object before it (null: absent). */
interface Pending<T> {
  readonly at: number;
  readonly before: T | null;
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

/** The images in force at `now`: for each object with a change inside the lag, the oldest one. */
function current<T>(pending: Map<string, Pending<T>[]>, now: number, lagMs: number) {
  const images = new Map<string, T | null>();
  for (const [id, changes] of pending) {
    while (changes.length > 0 && (changes[0]?.at ?? 0) + lagMs <= now) changes.shift();
    const oldest = changes[0];
    if (oldest) images.set(id, oldest.before);
    else pending.delete(id);
  }
  return images;
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
function listedIds<T>(liveIds: readonly string[], images: ReadonlyMap<string, T | null>): string[] {
  if (images.size === 0) return [...liveIds];
  const ids = liveIds.filter((id) => images.get(id) !== null);
  const live = new Set(liveIds);
  for (const [id, image] of images) if (image !== null && !live.has(id)) ids.push(id);
  return ids;
}

function overlay(
  live: StoreReader,
  users: ReadonlyMap<string, UserImage | null>,
  groups: ReadonlyMap<string, GroupImage | null>,
): Overlay {
  const t = live.tenant;
  let userIds: string[] | undefined;
  let groupIds: string[] | undefined;
  const listedUsers = () => (userIds ??= listedIds(t.userIds(), users));
  const listedGroups = () => (groupIds ??= listedIds(t.groupIds(), groups));
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
    userIds: () => [...listedUsers()],
    license: t.license.bind(t),
    memberOf: (id) => {
      const image = users.get(id);
      return image === undefined ? t.memberOf(id) : [...(image?.memberOf ?? [])];
    },
    explain: t.explain.bind(t),
    subscription: t.subscription.bind(t),
    subscriptions: t.subscriptions.bind(t),
    group: groupView,
    memberCount: (id) => groupView(id)?.userMemberIds.length ?? 0,
    groupIds: () => [...listedGroups()],
    hasMembersWithLicenseErrors: t.hasMembersWithLicenseErrors.bind(t),
    membersWithLicenseErrors: t.membersWithLicenseErrors.bind(t),
    previewMembershipRule: t.previewMembershipRule.bind(t),
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

/** The changes of one tenant still inside the lag. */
export class ListReplica implements DirectoryWatch {
  readonly #store: TenantStore;
  readonly #lagMs: number;
  readonly #users = new Map<string, Pending<UserImage>[]>();
  readonly #groups = new Map<string, Pending<GroupImage>[]>();

  constructor(store: TenantStore, lagMs: number) {
    this.#store = store;
    this.#lagMs = lagMs;
  }

  beforeUserChange(id: string): void {
    this.#note(this.#users, id, userImage(this.#store, id));
  }

  beforeGroupChange(id: string): void {
    this.#note(this.#groups, id, groupImage(this.#store, id));
  }

  #note<T>(pending: Map<string, Pending<T>[]>, id: string, before: T | null): void {
    const changes = pending.get(id) ?? [];
    changes.push({ at: this.#store.clock.now(), before });
    pending.set(id, changes);
  }

  /** The tenant as lists see it now: the store itself when no change is inside the lag. */
  view(): StoreReader {
    const now = this.#store.clock.now();
    const users = current(this.#users, now, this.#lagMs);
    const groups = current(this.#groups, now, this.#lagMs);
    if (users.size === 0 && groups.size === 0) return this.#store;
    return overlay(this.#store, users, groups);
  }
}

/**
 * Users as lists see them, for `GET /users` and `/users/$count`: through the search index, and
 * with the changes inside the lag undone when `lists` is an overlay (the index, built on the live
 * tenant, narrows; the objects still lagging are always candidates and searched one by one).
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
      const candidates = new Set([...narrowed.keys, ...pendingUsers]);
      return { keys: source.keys.filter((id) => candidates.has(id)), searchAnswered: false };
    },
  };
}
