/** Shared response builders for Graph handlers: entities and collections with OData options. */
import type { GroupRow, UserRow } from '../adapter';
import { jsonResponse, type RequestContext } from '../http';
import {
  arraySource,
  collectionBody,
  contextUrl,
  matchKeys,
  pageOf,
  project,
  runQuery,
  type RowSource,
} from '../odata/apply';
import type { ResourceSpec } from '../odata/model';
import {
  parseListQuery,
  parseSelect,
  refuseUnsupported,
  systemOptions,
  type QueryCapabilities,
} from '../odata/query';
import { GROUP_SPEC } from '../resources/groups';
import { USER_SPEC } from '../resources/users';
import type { TenantStore } from '../store';

/** Path prefix matching any origin, so one set of handlers serves browser, tests and server. */
export const V1 = '*/v1.0';

/** One entity with `$select`; other query options are refused. */
export function entityResponse<Row>(
  ctx: RequestContext,
  row: Row,
  spec: ResourceSpec<Row>,
  entitySet: string,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const options = systemOptions(ctx.url);
  refuseUnsupported(options, { select: true });
  const select = parseSelect(options.get('$select'), spec);
  return jsonResponse(
    ctx,
    {
      '@odata.context': contextUrl(ctx.url.origin, entitySet, select, true),
      ...project(row, spec, select),
    },
    status,
    headers,
  );
}

/**
 * Matched keys of recent queries, per store version: paging through 100,000 users filters once,
 * and every further page is a slice. Any change to the tenant starts a new version.
 */
const recent = new WeakMap<
  TenantStore,
  { version: number; results: Map<string, readonly unknown[]> }
>();

function cachedKeys<Key>(
  store: TenantStore,
  cacheKey: string,
  compute: () => readonly Key[],
): readonly Key[] {
  let entry = recent.get(store);
  if (entry?.version !== store.version) {
    entry = { version: store.version, results: new Map() };
    recent.set(store, entry);
  }
  const hit = entry.results.get(cacheKey);
  if (hit) return hit as readonly Key[];
  const keys = compute();
  if (entry.results.size >= 16) entry.results.clear();
  entry.results.set(cacheKey, keys);
  return keys;
}

/** A collection with the options the endpoint supports, from rows or a row source. */
export function listResponse<Key, Row>(
  ctx: RequestContext,
  rows: readonly Row[] | RowSource<Key, Row>,
  spec: ResourceSpec<Row>,
  entitySet: string,
  caps: QueryCapabilities,
  decorate: (json: Record<string, unknown>, row: Row) => Record<string, unknown> = (json) => json,
  defaultTop = 100,
): Response {
  const query = parseListQuery(ctx.url, ctx.request.headers, spec, caps);
  const source = (Array.isArray(rows) ? arraySource(rows) : rows) as RowSource<unknown, Row>;
  const option = (name: string) =>
    [...ctx.url.searchParams].find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
  const cacheKey = [
    entitySet,
    option('$filter'),
    option('$search'),
    option('$orderby'),
    String(query.count),
  ].join('\u0001');
  const keys = Array.isArray(rows)
    ? matchKeys(source, spec, query)
    : cachedKeys(ctx.store, cacheKey, () => matchKeys(source, spec, query));
  const page = pageOf(source, keys, query, defaultTop);
  const values = page.rows.map((row) => decorate(project(row, spec, query.select), row));
  return jsonResponse(
    ctx,
    collectionBody(ctx.url, entitySet, query.select, values, page, query.count),
  );
}

const DIRECTORY_OBJECT: ResourceSpec<DirectoryRow> = {
  typeName: 'directoryObject',
  resourceName: 'DirectoryObject',
  directoryObject: true,
  properties: {},
};

/** A user or a group, as `directoryObject` collections hold them. */
export type DirectoryRow =
  | { readonly kind: 'user'; readonly row: UserRow }
  | { readonly kind: 'group'; readonly row: GroupRow };

/** A mixed collection of users and groups (members, memberOf, membersWithLicenseErrors). */
export function directoryObjectsResponse(
  ctx: RequestContext,
  rows: readonly DirectoryRow[],
): Response {
  const options = systemOptions(ctx.url);
  refuseUnsupported(options, { select: true, top: true, count: true });
  const raw = options.get('$select');
  const names =
    raw === undefined
      ? null
      : raw
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
  for (const name of names ?? []) {
    if (!USER_SPEC.properties[name] && !GROUP_SPEC.properties[name]) parseSelect(name, USER_SPEC);
  }
  const pick = <Row>(row: Row, spec: ResourceSpec<Row>) =>
    project(row, spec, names ? names.filter((n) => spec.properties[n]) : null);
  const url = new URL(ctx.url.href);
  url.searchParams.delete('$select');
  const query = parseListQuery(url, ctx.request.headers, DIRECTORY_OBJECT, {
    top: true,
    count: true,
  });
  const page = runQuery(rows, DIRECTORY_OBJECT, query);
  const values = page.rows.map((item) =>
    item.kind === 'user'
      ? { '@odata.type': '#microsoft.graph.user', ...pick(item.row, USER_SPEC) }
      : { '@odata.type': '#microsoft.graph.group', ...pick(item.row, GROUP_SPEC) },
  );
  return jsonResponse(
    ctx,
    collectionBody(ctx.url, 'directoryObjects', names, values, page, query.count),
  );
}
