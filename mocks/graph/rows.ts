/** Rows for the OData layer, read from the store on demand (licence views are built only when asked for). */
import { blankProfile, type UserLicenseView, type UserProfile } from '../../src/engine';
import type { GroupRow, UserRow } from './adapter';
import type { RowSource } from './odata/apply';
import { graphError } from './errors';
import type { StoreReader } from './store';

const EMPTY_LICENSE: UserLicenseView = {
  assignedLicenses: [],
  licenseAssignmentStates: [],
  assignedPlans: [],
};

/** The row of a user, or undefined. */
export function userRow(store: StoreReader, id: string): UserRow | undefined {
  const profile = store.tenant.profile(id);
  const extras = store.users.get(id);
  if (!profile || !extras) return undefined;
  let license: UserLicenseView | undefined;
  return {
    id,
    profile,
    extras,
    license: () => (license ??= store.tenant.license(id) ?? EMPTY_LICENSE),
  };
}

/** The row of a user by id or UPN, or a 404. */
export function requireUserRow(store: StoreReader, key: string): UserRow {
  const row = userRow(store, store.requireUserId(key));
  if (!row) throw graphError.notFound(key);
  return row;
}

/** User ids per store version: listing 100,000 ids takes ~10 ms, once per change is enough. */
const userIdCache = new WeakMap<StoreReader, { version: number; ids: readonly string[] }>();

function userIds(store: StoreReader): readonly string[] {
  const cached = userIdCache.get(store);
  if (cached?.version === store.version) return cached.ids;
  const ids = store.tenant.userIds();
  userIdCache.set(store, { version: store.version, ids });
  return ids;
}

/** Users as a row source: one reused cursor for filtering, fresh rows for the page. */
export function userSource(store: StoreReader): RowSource<string, UserRow> {
  const cursor = {
    id: '',
    profile: undefined as unknown as UserProfile,
    extras: { createdDateTime: 0 },
    view: null as UserLicenseView | null,
    license(): UserLicenseView {
      return (this.view ??= store.tenant.license(this.id) ?? EMPTY_LICENSE);
    },
  };
  let keys: readonly string[] | undefined;
  return {
    // Listed on first use only: a query an index answers never walks every user.
    get keys() {
      return (keys ??= userIds(store));
    },
    cursor(id) {
      cursor.id = id;
      cursor.profile = store.tenant.profile(id) ?? blankProfile(id, id);
      cursor.extras = store.users.get(id) ?? cursor.extras;
      cursor.view = null;
      return cursor;
    },
    row: (id) =>
      userRow(store, id) ?? {
        id,
        profile: blankProfile(id, id),
        extras: { createdDateTime: 0 },
        license: () => EMPTY_LICENSE,
      },
  };
}

/** The row of a group, or undefined. */
export function groupRow(store: StoreReader, id: string): GroupRow | undefined {
  const extras = store.groups.get(id);
  const view = store.tenant.group(id);
  if (!extras || !view) return undefined;
  return {
    id,
    extras,
    view,
    domain: store.organization.defaultDomain,
    hasMembersWithLicenseErrors: () => store.tenant.hasMembersWithLicenseErrors(id),
  };
}

/** The row of a group, or a 404. */
export function requireGroupRow(store: StoreReader, id: string): GroupRow {
  const row = groupRow(store, store.requireGroupId(id));
  if (!row) throw graphError.notFound(id);
  return row;
}

/** Every group, in creation order. */
export function groupRows(store: StoreReader): GroupRow[] {
  const rows: GroupRow[] = [];
  for (const id of store.tenant.groupIds()) {
    const row = groupRow(store, id);
    if (row) rows.push(row);
  }
  return rows;
}
