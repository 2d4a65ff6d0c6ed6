/**
 * Read-your-writes for a user's usage location (`pending-writes.ts`): after the admin sets it, the
 * users lists (the Users blade, its "with errors" list, a product's users, the directory search)
 * show the new value at once and keep showing it while Graph's `GET /users` still answers the
 * old one, until Graph lists the new value. A read by id (`GET /users/{id}`) is consistent at once
 * and needs none of this.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { UserId } from '../lib/ids';
import { graphKeys } from './keys';
import { PendingWrites } from './pending-writes';
import type { Page } from './types';

/** The properties of a user the portal changes: the usage location. */
interface UserChange {
  readonly usageLocation: string;
}

/** What a users list row carries of a user. */
interface UserRow {
  readonly id: string;
  readonly usageLocation: string | null;
}

const pending = new PendingWrites<UserChange>('users', () => graphKeys.users.all);

const isRows = (data: unknown): data is readonly UserRow[] => Array.isArray(data);

/** Records a user's new usage location, and shows it at once in every cached users list. */
export function recordUserChange(client: QueryClient, userId: UserId, change: UserChange): void {
  pending.record(client, userId, () => change);
  const patch = (rows: readonly UserRow[]): UserRow[] =>
    rows.map((row) => (row.id === userId ? { ...row, ...change } : row));
  client.setQueriesData<InfiniteData<Page<UserRow>> | readonly UserRow[]>(
    { queryKey: graphKeys.users.all },
    (data) => {
      if (isRows(data)) return patch(data);
      if (data && 'pages' in data)
        return {
          ...data,
          pages: data.pages.map((page) => ({ ...page, items: patch(page.items) })),
        };
      return data;
    },
  );
}

/**
 * Users as a list answered them, with the admin's pending changes applied. A change Graph now lists
 * stops being pending; while a listed user still shows the old value, the lists are read again later.
 */
export function withPendingUsers<T extends UserRow>(client: QueryClient, rows: readonly T[]): T[] {
  const scopes = new Set(pending.scopes(client));
  if (scopes.size === 0) return [...rows];
  return rows.map((row) => {
    if (!scopes.has(row.id)) return row;
    const change = pending.pending(client, row.id);
    if (!change) return row;
    const listed = row.usageLocation === change.usageLocation;
    pending.settle(client, row.id, listed ? null : change);
    return listed ? row : { ...row, ...change };
  });
}
