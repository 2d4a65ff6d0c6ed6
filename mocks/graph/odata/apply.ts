/**
 * Runs a checked list query over rows: filter, search, sort, page, project. Builds Graph's
 * collection body with `@odata.context`, `@odata.count` and an absolute `@odata.nextLink`.
 */
import { sortInSlices, TimeSlice } from '../slices';
import { propertyOf, type ResourceSpec } from './model';
import { encodeSkipToken, type ListQuery } from './query';
import { matchesSearch } from './search';

/**
 * Where rows come from. `cursor(key)` may reuse one object for every key (it is read at once and
 * dropped), so filtering 100,000 users allocates almost nothing; `row(key)` makes a row to keep.
 */
export interface RowSource<Key, Row> {
  readonly keys: readonly Key[];
  cursor(key: Key): Row;
  row(key: Key): Row;
  /**
   * Candidates for a query from an index (in `keys` order), or null to scan every key. The filter
   * and the search still run on the candidates, each only when the index did not answer it.
   */
  narrow?(query: ListQuery<Row>): NarrowedKeys<Key> | null;
}

/**
 * What an index makes of a query: a superset of the filter's and the search's matches; the
 * search's exactly if `searchAnswered`, the filter's exactly if `filterAnswered`.
 */
export interface NarrowedKeys<Key> {
  readonly keys: readonly Key[];
  readonly searchAnswered: boolean;
  readonly filterAnswered: boolean;
}

/** A source over rows that already exist. */
export function arraySource<Row>(rows: readonly Row[]): RowSource<Row, Row> {
  return { keys: rows, cursor: (row) => row, row: (row) => row };
}

/** One page of results and what the body needs around it. */
export interface Page<Row> {
  readonly rows: readonly Row[];
  readonly total: number;
  readonly nextOffset: number | null;
}

function sortKey(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number') return value;
  return JSON.stringify(value);
}

interface Sorted<Key> {
  readonly key: Key;
  readonly sort: (string | number | null)[];
}

function compareSorted<Key>(
  orderby: ListQuery<unknown>['orderby'],
): (a: Sorted<Key>, b: Sorted<Key>) => number {
  return (a, b) => {
    for (let i = 0; i < orderby.length; i++) {
      const x = a.sort[i] ?? null;
      const y = b.sort[i] ?? null;
      if (x === y) continue;
      const direction = orderby[i]?.descending ? -1 : 1;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    }
    return 0;
  };
}

/**
 * The keys matching a query's filter and search, sorted by its `$orderby` (stable). Scans and
 * sorts in time slices (`slices.ts`), so a filter over 100,000 users never holds the event loop
 * for more than a few milliseconds at a time.
 */
export async function matchKeys<Key, Row>(
  source: RowSource<Key, Row>,
  spec: ResourceSpec<Row>,
  query: ListQuery<Row>,
): Promise<readonly Key[]> {
  // An index (user search, held products) may answer the search or the filter, and narrows the
  // rows to scan.
  const narrowed = query.filter || query.search ? (source.narrow?.(query) ?? null) : null;
  const keys = narrowed ? narrowed.keys : source.keys;
  const { orderby } = query;
  const filter = narrowed?.filterAnswered ? null : query.filter;
  const search = narrowed?.searchAnswered ? null : query.search;
  if (!filter && !search && orderby.length === 0) return keys;
  const slice = new TimeSlice();
  // Take a turn before a long scan: requests that arrive together start one after the other.
  if (keys.length > 1024) await slice.yield();
  const ordered = orderby.length > 0;
  const getters = orderby.map((o) => propertyOf(spec, o.property));
  const matched: Key[] = [];
  const sortable: Sorted<Key>[] = [];
  for (let i = 0; i < keys.length; i++) {
    // A row can cost tens of microseconds (a licence view): look at the clock every 16 rows.
    if ((i & 15) === 0 && slice.due()) await slice.yield();
    const key = keys[i] as Key;
    const row = source.cursor(key);
    if (filter && !filter(row)) continue;
    if (search && !matchesSearch(row, search, spec)) continue;
    if (ordered) sortable.push({ key, sort: getters.map((p) => sortKey(p?.get(row))) });
    else matched.push(key);
  }
  if (!ordered) return matched;
  const sorted = await sortInSlices(sortable, compareSorted<Key>(orderby), slice);
  return sorted.map((m) => m.key);
}

/** One page of matched keys as rows. `defaultTop` is the page size without `$top`. */
export function pageOf<Key, Row>(
  source: RowSource<Key, Row>,
  keys: readonly Key[],
  query: ListQuery<Row>,
  defaultTop = 100,
): Page<Row> {
  const size = query.top ?? defaultTop;
  const rows = keys.slice(query.offset, query.offset + size).map((key) => source.row(key));
  const next = query.offset + size < keys.length ? query.offset + size : null;
  return { rows, total: keys.length, nextOffset: next };
}

/** Filters, searches, sorts and pages rows. */
export async function runQuery<Row>(
  rows: readonly Row[],
  spec: ResourceSpec<Row>,
  query: ListQuery<Row>,
  defaultTop = 100,
): Promise<Page<Row>> {
  const source = arraySource(rows);
  return pageOf(source, await matchKeys(source, spec, query), query, defaultTop);
}

/** The JSON of one row: the selected properties, or the default ones. */
export function project<Row>(
  row: Row,
  spec: ResourceSpec<Row>,
  select: readonly string[] | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (select) {
    for (const name of select) {
      const prop = propertyOf(spec, name);
      if (prop && !prop.filterOnly) out[name] = prop.get(row);
    }
    return out;
  }
  for (const [name, prop] of Object.entries(spec.properties)) {
    if (prop.default) out[name] = prop.get(row);
  }
  return out;
}

/** `@odata.context` for a collection or entity, with the `$select` list as Graph writes it. */
export function contextUrl(
  origin: string,
  entitySet: string,
  select: readonly string[] | null,
  entity = false,
): string {
  const selection = select ? `(${select.join(',')})` : '';
  return `${origin}/v1.0/$metadata#${entitySet}${selection}${entity ? '/$entity' : ''}`;
}

/** The next page's URL: the same request with a `$skiptoken`. */
export function nextLink(url: URL, offset: number): string {
  // The request's own query string, as the client wrote it (`$top`, not `%24top`), so clients
  // that parse the link (the Graph SDK's PageIterator) read the same options back.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !/^(\$|%24)skiptoken=/i.test(part));
  kept.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${url.origin}${url.pathname}?${kept.join('&')}`;
}

/** A collection body. */
export function collectionBody(
  url: URL,
  entitySet: string,
  select: readonly string[] | null,
  values: readonly unknown[],
  page: { total: number; nextOffset: number | null },
  withCount: boolean,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    '@odata.context': contextUrl(url.origin, entitySet, select),
  };
  if (withCount) body['@odata.count'] = page.total;
  if (page.nextOffset !== null) body['@odata.nextLink'] = nextLink(url, page.nextOffset);
  body.value = values;
  return body;
}
