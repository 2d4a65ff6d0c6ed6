/**
 * What Graph routes share: the query options a route may declare (parsed and refused by the
 * pipeline before anything else runs) and the builders of entity and collection answers.
 */
import type { GroupRow, UserRow } from '../adapter';
import { errorMessages, graphError } from '../errors';
import { jsonResponse, textResponse, type ResponseIds } from '../http';
import {
  arraySource,
  collectionBody,
  contextUrl,
  matchKeys,
  pageOf,
  project,
  type RowSource,
} from '../odata/apply';
import { propertyOf, type ResourceSpec } from '../odata/model';
import {
  parseListQuery,
  parseSelect,
  refuseUnsupported,
  systemOptions,
  type ListQuery,
  type QueryCapabilities,
} from '../odata/query';
import type { QueryDecl, ReadContext } from '../pipeline/route';
import { checkRoleAssignableGroup } from '../protections';
import { GROUP_SPEC } from '../resources/groups';
import { USER_SPEC } from '../resources/users';
import type { StoreReader } from '../store';

/** What a builder needs of a step context. */
export interface AnswerContext extends ResponseIds {
  readonly url: URL;
  readonly store: StoreReader;
  /** The tenant as lists see it (the graph profile's lag), when it is not `store`. */
  readonly lists?: StoreReader;
}

// ---- query declarations ------------------------------------------------------------------------

/** No system query option at all (actions, deletes). */
export const noQuery: QueryDecl<null> = {
  parse(url) {
    refuseUnsupported(systemOptions(url), {});
    return null;
  },
};

/** One entity: `$select` only. */
export function selectQuery<Row>(spec: ResourceSpec<Row>): QueryDecl<string[] | null> {
  return {
    parse(url) {
      const options = systemOptions(url);
      refuseUnsupported(options, { select: true });
      return parseSelect(options.get('$select'), spec);
    },
  };
}

/** Users and groups: every system query option Graph offers on their collections. */
export const DIRECTORY_LIST_CAPS = {
  select: true,
  filter: true,
  orderby: true,
  search: true,
  count: true,
  top: true,
} as const satisfies QueryCapabilities;

/** A collection with the options the endpoint supports. */
export function listQuery<Row>(
  spec: ResourceSpec<Row>,
  caps: QueryCapabilities,
): QueryDecl<ListQuery<Row>> {
  return { parse: (url, headers) => parseListQuery(url, headers, spec, caps) };
}

/** `/$count` of a collection: needs `ConsistencyLevel: eventual`; `$filter` and `$search`. */
export function countQuery<Row>(spec: ResourceSpec<Row>): QueryDecl<ListQuery<Row>> {
  return {
    parse(url, headers) {
      if ((headers.get('consistencylevel') ?? '').toLowerCase() !== 'eventual')
        throw graphError.badRequest(errorMessages.countNeedsConsistency);
      return parseListQuery(url, headers, spec, { filter: true, search: true });
    },
  };
}

/** `$select` over a fixed list of property names; `$filter` refused as Graph refuses it here. */
export function namesQuery(
  names: readonly string[],
  typeName: string,
): QueryDecl<readonly string[] | null> {
  return {
    parse(url) {
      const options = systemOptions(url);
      if (options.has('$filter'))
        throw graphError.unsupportedQuery('Query filter expressions are not supported.');
      refuseUnsupported(options, { select: true });
      const raw = options.get('$select');
      if (raw === undefined) return null;
      const selected = raw
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      for (const name of selected) {
        if (!names.includes(name))
          throw graphError.badRequest(errorMessages.unknownProperty(name, typeName));
      }
      return selected;
    },
  };
}

/**
 * A directory role the user holds, as `memberOf` lists it (`microsoft.graph.directoryRole`). Graph
 * gives each activated role an object id of its own in the tenant; the emulator uses the role's
 * template id for it, so the two agree (the portal reads `roleTemplateId` only).
 */
export interface DirectoryRoleRow {
  readonly id: string;
  readonly displayName: string;
  readonly roleTemplateId: string;
}

/** The properties of a `directoryRole` the emulator answers (`$select` may name them). */
const DIRECTORY_ROLE_PROPERTIES: readonly (keyof DirectoryRoleRow)[] = [
  'id',
  'displayName',
  'roleTemplateId',
];

/** A user, a group or a directory role, as `directoryObject` collections hold them. */
export type DirectoryRow =
  | { readonly kind: 'user'; readonly row: UserRow }
  | { readonly kind: 'group'; readonly row: GroupRow }
  | { readonly kind: 'role'; readonly row: DirectoryRoleRow };

const isRoleProperty = (name: string): name is keyof DirectoryRoleRow =>
  (DIRECTORY_ROLE_PROPERTIES as readonly string[]).includes(name);

/** A directory role's answer: every property, or those `$select` names. */
function projectRole(row: DirectoryRoleRow, names: readonly string[] | null) {
  const picked = (names ?? DIRECTORY_ROLE_PROPERTIES).filter(isRoleProperty);
  return Object.fromEntries(picked.map((name) => [name, row[name]]));
}

const DIRECTORY_OBJECT: ResourceSpec<DirectoryRow> = {
  typeName: 'directoryObject',
  resourceName: 'DirectoryObject',
  directoryObject: true,
  properties: {},
};

/** The options of a mixed users-and-groups collection: `$select` of either's properties, `$top`, `$count`. */
export interface DirectoryQuery {
  readonly select: readonly string[] | null;
  readonly list: ListQuery<DirectoryRow>;
}

/** `members`, `memberOf`, `membersWithLicenseErrors`. */
export const directoryQuery: QueryDecl<DirectoryQuery> = {
  parse(url, headers) {
    const options = systemOptions(url);
    refuseUnsupported(options, { select: true, top: true, count: true }, true);
    const raw = options.get('$select');
    const select =
      raw === undefined
        ? null
        : raw
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0);
    for (const name of select ?? []) {
      if (!propertyOf(USER_SPEC, name) && !propertyOf(GROUP_SPEC, name) && !isRoleProperty(name))
        throw graphError.badRequest(errorMessages.unknownProperty(name, 'directoryObject'));
    }
    const rest = new URL(url.href);
    rest.searchParams.delete('$select');
    return {
      select,
      list: parseListQuery(rest, headers, DIRECTORY_OBJECT, { top: true, count: true }),
    };
  },
};

/**
 * The group a request changes (`:id`), checked: it exists, and when it is role-assignable the
 * admin may manage it (Entra's protection, `protections.ts`).
 */
export function manageableGroupId(ctx: ReadContext<unknown>): string {
  const id = ctx.store.requireGroupId(ctx.params.id ?? '');
  checkRoleAssignableGroup(ctx.admin.roles, ctx.store.requireGroup(id).isAssignableToRole);
  return id;
}

// ---- answers -----------------------------------------------------------------------------------

/** One entity with its `$select` (parsed by `selectQuery`). */
export function entityResponse<Row>(
  ctx: AnswerContext,
  row: Row,
  spec: ResourceSpec<Row>,
  entitySet: string,
  select: readonly string[] | null,
  status = 200,
  headers: Record<string, string> = {},
): Response {
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
  StoreReader,
  { version: number; results: Map<string, readonly unknown[]> }
>();

async function cachedKeys<Key>(
  store: StoreReader,
  cacheKey: string,
  compute: () => Promise<readonly Key[]>,
): Promise<readonly Key[]> {
  const version = store.version;
  const entry = recent.get(store);
  const hit = entry?.version === version ? entry.results.get(cacheKey) : undefined;
  if (hit) return hit as readonly Key[];
  const keys = await compute();
  // The scan yields to the event loop: cache it only if the tenant did not change meanwhile.
  if (store.version === version) {
    let current = recent.get(store);
    if (current?.version !== version) {
      current = { version, results: new Map() };
      recent.set(store, current);
    }
    if (current.results.size >= 16) current.results.clear();
    current.results.set(cacheKey, keys);
  }
  return keys;
}

/** A collection answer over rows or a row source, with the parsed list options. */
export async function listResponse<Key, Row>(
  ctx: AnswerContext,
  rows: readonly Row[] | RowSource<Key, Row>,
  spec: ResourceSpec<Row>,
  entitySet: string,
  query: ListQuery<Row>,
  decorate: (json: Record<string, unknown>, row: Row) => Record<string, unknown> = (json) => json,
  defaultTop = 100,
): Promise<Response> {
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
    ? await matchKeys(source, spec, query)
    : await cachedKeys(ctx.lists ?? ctx.store, cacheKey, () => matchKeys(source, spec, query));
  const page = pageOf(source, keys, query, defaultTop);
  const values = page.rows.map((row) => decorate(project(row, spec, query.select), row));
  return jsonResponse(
    ctx,
    collectionBody(ctx.url, entitySet, query.select, values, page, query.count),
  );
}

/** The number of matches, as `/$count` answers it (plain text). */
export async function countResponse<Key, Row>(
  ctx: AnswerContext,
  source: RowSource<Key, Row>,
  spec: ResourceSpec<Row>,
  query: ListQuery<Row>,
): Promise<Response> {
  const total = (await matchKeys(source, spec, query)).length;
  return textResponse(ctx, String(total));
}

/** A mixed collection of users, groups and roles (members, memberOf, membersWithLicenseErrors). */
export async function directoryObjectsResponse(
  ctx: AnswerContext,
  source: RowSource<string, DirectoryRow>,
  query: DirectoryQuery,
): Promise<Response> {
  const names = query.select;
  const pick = <Row>(row: Row, spec: ResourceSpec<Row>) =>
    project(row, spec, names ? names.filter((n) => propertyOf(spec, n)) : null);
  const page = pageOf(source, await matchKeys(source, DIRECTORY_OBJECT, query.list), query.list);
  const values = page.rows.map((item) => {
    switch (item.kind) {
      case 'user':
        return { '@odata.type': '#microsoft.graph.user', ...pick(item.row, USER_SPEC) };
      case 'group':
        return { '@odata.type': '#microsoft.graph.group', ...pick(item.row, GROUP_SPEC) };
      case 'role':
        return { '@odata.type': '#microsoft.graph.directoryRole', ...projectRole(item.row, names) };
    }
  });
  return jsonResponse(
    ctx,
    collectionBody(ctx.url, 'directoryObjects', names, values, page, query.list.count),
  );
}
