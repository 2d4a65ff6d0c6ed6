/**
 * A snapshot cut into a small head and parts of a few thousand items each, so storing it can be
 * spread over many short tasks (IndexedDB clones each value synchronously when it is put), and
 * joined back in order.
 */
import type { TenantSnapshot } from '../../src/engine';
import type { StoreSnapshot } from './codec';

/** The long lists of a snapshot, and how many items go in one part (about a few ms to clone). */
const FIELDS = { 'engine.users': 1_000, 'engine.groups': 1, users: 10_000, audit: 2_000 } as const;

/** A long list of a snapshot. */
export type PartField = keyof typeof FIELDS;

/** Consecutive items of one list. */
export interface SnapshotPart {
  readonly field: PartField;
  readonly items: readonly unknown[];
}

function listOf(snapshot: StoreSnapshot, field: PartField): readonly unknown[] {
  switch (field) {
    case 'engine.users':
      return snapshot.engine.users;
    case 'engine.groups':
      return snapshot.engine.groups;
    case 'users':
      return snapshot.users;
    case 'audit':
      return Array.isArray(snapshot.audit) ? (snapshot.audit as unknown[]) : [];
  }
}

/** Splits a snapshot: the head holds everything but the long lists, which are left empty. */
export function splitSnapshot(snapshot: StoreSnapshot): {
  head: StoreSnapshot;
  parts: SnapshotPart[];
} {
  const parts: SnapshotPart[] = [];
  for (const field of Object.keys(FIELDS) as PartField[]) {
    const list = listOf(snapshot, field);
    for (let i = 0; i < list.length; i += FIELDS[field])
      parts.push({ field, items: list.slice(i, i + FIELDS[field]) });
  }
  const head: StoreSnapshot = {
    ...snapshot,
    engine: { ...snapshot.engine, users: [], groups: [] },
    users: [],
    audit: [],
  };
  return { head, parts };
}

/** Joins a head and its parts (in order) back into the snapshot they came from. */
export function joinSnapshot(head: StoreSnapshot, parts: readonly SnapshotPart[]): StoreSnapshot {
  const lists: Record<PartField, unknown[]> = {
    'engine.users': [],
    'engine.groups': [],
    users: [],
    audit: [],
  };
  for (const part of parts) {
    if (!(part.field in lists)) throw new Error(`Unknown snapshot part '${part.field}'.`);
    const list = lists[part.field];
    for (const item of part.items) list.push(item);
  }
  const engine = {
    ...head.engine,
    users: lists['engine.users'],
    groups: lists['engine.groups'],
  } as TenantSnapshot;
  return {
    ...head,
    engine,
    users: lists.users as unknown as StoreSnapshot['users'],
    audit: lists.audit,
  };
}
