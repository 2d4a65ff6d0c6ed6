/**
 * A snapshot, or a large journal record, cut into a small head and parts of tens to thousands of
 * items each, so storing it can be spread over many short tasks (IndexedDB clones each value
 * synchronously when it is put, and refuses a value over ~127 MiB: processing a plan toggle on
 * 60,000 members was a 264 MB record), and joined back in order.
 */
import type { TenantSnapshot } from '../../src/engine';
import type { StoreSnapshot } from './codec';
import type { JournalRecord } from './delta';

/**
 * The long lists of a snapshot, and how many items go in one part: each part under ~64 KiB
 * serialized (40 users of the large seed ~46-61 kB, 300 users' Graph fields ~45 kB, 80 packed
 * audit records ~46 kB). Chromium's IndexedDB clones a value synchronously when it is put, on the
 * emulator worker's thread, and stores a larger one as a file of its own: parts of 1,000 users took
 * 16-60 ms each there and 250 still 20-30 ms, and a search typed while a compaction wrote them
 * waited behind them (answers of 170-515 ms instead of 11-26 ms); under the threshold most puts
 * take a few ms. A group is one part: its members are one list (the 60,000-member group's ~2.3 MB).
 */
const FIELDS = { 'engine.users': 40, 'engine.groups': 1, users: 300, audit: 80 } as const;

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
    if (!Object.hasOwn(lists, part.field))
      throw new Error(`Unknown snapshot part '${part.field}'.`);
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

/**
 * The long lists of a journal record, and how many items go in one part. Larger than a snapshot's:
 * a record is one transaction a request's commit may wait for, so its throughput counts more than
 * one part's pause; parts of 12 users (under the 64 KiB above) made the processing of the
 * 60,000-member group 9,435 parts, appended in 36-64 s instead of 5.9 s.
 */
const RECORD_FIELDS = {
  'engine.users': 250,
  'users.set': 2_000,
  'tokens.set': 2_000,
  audit: 500,
} as const;

/** A long list of a journal record. */
export type RecordPartField = keyof typeof RECORD_FIELDS;

/** Consecutive items of one list of a record. */
export interface RecordPart {
  readonly field: RecordPartField;
  readonly items: readonly unknown[];
}

function recordList(record: JournalRecord, field: RecordPartField): readonly unknown[] {
  switch (field) {
    case 'engine.users':
      return record.engine.users;
    case 'users.set':
      return record.users.set;
    case 'tokens.set':
      return record.tokens.set;
    case 'audit':
      return record.audit;
  }
}

/**
 * Splits a record whose lists are longer than one part: the head holds everything but those
 * lists, left empty. Null when the record is small enough to be kept whole.
 */
export function splitRecord(
  record: JournalRecord,
): { head: JournalRecord; parts: RecordPart[] } | null {
  const fields = Object.keys(RECORD_FIELDS) as RecordPartField[];
  if (fields.every((field) => recordList(record, field).length <= RECORD_FIELDS[field]))
    return null;
  const parts: RecordPart[] = [];
  for (const field of fields) {
    const list = recordList(record, field);
    for (let i = 0; i < list.length; i += RECORD_FIELDS[field])
      parts.push({ field, items: list.slice(i, i + RECORD_FIELDS[field]) });
  }
  const head: JournalRecord = {
    ...record,
    engine: { ...record.engine, users: [] },
    users: { ...record.users, set: [] },
    tokens: { ...record.tokens, set: [] },
    audit: [],
  };
  return { head, parts };
}

/**
 * Joins a record's head and its parts (in order) back into the record they came from. Values are
 * as read from storage: a part that is not one is an error (the joined record is checked whole
 * afterwards).
 */
export function joinRecord(head: unknown, parts: readonly unknown[]): unknown {
  const lists: Record<RecordPartField, unknown[]> = {
    'engine.users': [],
    'users.set': [],
    'tokens.set': [],
    audit: [],
  };
  for (const part of parts) {
    const { field, items } = (part ?? {}) as { field?: unknown; items?: unknown };
    if (typeof field !== 'string' || !Object.hasOwn(lists, field) || !Array.isArray(items))
      throw new Error('a part of the record is not a record part');
    const list = lists[field as RecordPartField];
    for (const item of items) list.push(item);
  }
  const record = head as JournalRecord;
  return {
    ...record,
    engine: { ...record.engine, users: lists['engine.users'] },
    users: { ...record.users, set: lists['users.set'] },
    tokens: { ...record.tokens, set: lists['tokens.set'] },
    audit: lists.audit,
  };
}
