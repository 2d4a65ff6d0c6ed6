/**
 * Reads the OData system query options of a request and checks them against what the endpoint
 * supports. Unknown or unsupported options are refused, never silently ignored.
 */
import { errorMessages, graphError } from '../errors';
import { compileFilter } from './filter-eval';
import { parseFilter, type FilterExpr } from './filter-parser';
import { propertyOf, type ResourceSpec } from './model';
import { parseSearch, type SearchExpr } from './search';

/** Which options an endpoint accepts. */
export interface QueryCapabilities {
  readonly select?: boolean;
  readonly filter?: boolean;
  readonly orderby?: boolean;
  readonly search?: boolean;
  readonly count?: boolean;
  readonly top?: boolean;
  /** Largest `$top`; default 999. */
  readonly maxTop?: number;
}

/** Longest request URL (path and query) of an advanced query with `$filter`, as Graph documents. */
export const MAX_ADVANCED_URL = 2048;

/** The options of a list request, checked. */
export interface ListQuery<Row> {
  readonly select: readonly string[] | null;
  readonly filter: ((row: Row) => boolean) | null;
  /** The parsed `$filter` (for an index to narrow the rows the filter runs on). */
  readonly filterExpr: FilterExpr | null;
  readonly orderby: readonly { readonly property: string; readonly descending: boolean }[];
  readonly search: SearchExpr | null;
  readonly count: boolean;
  readonly top: number | null;
  readonly offset: number;
}

const KNOWN = [
  '$select',
  '$filter',
  '$orderby',
  '$search',
  '$count',
  '$top',
  '$skiptoken',
  '$expand',
  '$skip',
  '$format',
  '$levels',
  '$apply',
  '$compute',
  '$deltatoken',
  '$index',
  '$schemaversion',
];

/** The `$`-options of a URL, keyed in lower case; a repeated option is a 400. */
export function systemOptions(url: URL): Map<string, string> {
  const options = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('$')) continue;
    const name = key.toLowerCase();
    if (!KNOWN.includes(name))
      throw graphError.badRequest(`The query parameter '${key}' is not supported.`);
    if (options.has(name))
      throw graphError.badRequest(
        `Query option '${key}' was specified more than once, but it must be specified at most once.`,
      );
    options.set(name, value);
  }
  return options;
}

/** Encodes a paging position as an opaque `$skiptoken` (base64url: nothing to escape in a URL). */
export function encodeSkipToken(offset: number): string {
  return btoa(JSON.stringify({ o: offset }))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}

function decodeSkipToken(token: string): number {
  try {
    const value: unknown = JSON.parse(atob(token.replaceAll('-', '+').replaceAll('_', '/')));
    const offset =
      typeof value === 'object' && value !== null ? (value as { o?: unknown }).o : undefined;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    /* reported below */
  }
  throw graphError.badRequest(
    'The specified page token value has expired or is not valid, and can no longer be included in your request.',
  );
}

/** Parses and checks the `$select` list of any request (entity or collection). */
export function parseSelect<Row>(
  raw: string | undefined,
  spec: ResourceSpec<Row>,
): string[] | null {
  if (raw === undefined) return null;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0)
    throw graphError.badRequest('Invalid $select: the list of properties is empty.');
  for (const name of names) {
    if (!propertyOf(spec, name))
      throw graphError.badRequest(errorMessages.unknownProperty(name, spec.typeName));
  }
  return [...new Set(names)];
}

/**
 * Refuses every option the endpoint does not accept. `$skiptoken` belongs to collections
 * (`paging`), never to a single entity or an action.
 */
export function refuseUnsupported(
  options: Map<string, string>,
  caps: QueryCapabilities,
  paging = false,
): void {
  const allowed = new Set<string>(paging ? ['$skiptoken'] : []);
  if (caps.select) allowed.add('$select');
  if (caps.filter) allowed.add('$filter');
  if (caps.orderby) allowed.add('$orderby');
  if (caps.search) allowed.add('$search');
  if (caps.count) allowed.add('$count');
  if (caps.top) allowed.add('$top');
  for (const name of options.keys()) {
    if (!allowed.has(name))
      throw graphError.unsupportedQuery(
        `The query option '${name}' is not supported on this resource.`,
      );
  }
}

/** Parses the options of a collection request. */
export function parseListQuery<Row>(
  url: URL,
  headers: Headers,
  spec: ResourceSpec<Row>,
  caps: QueryCapabilities,
): ListQuery<Row> {
  const options = systemOptions(url);
  refuseUnsupported(options, caps, true);
  const eventual = (headers.get('consistencylevel') ?? '').toLowerCase() === 'eventual';
  const countRaw = options.get('$count');
  if (countRaw !== undefined && countRaw !== 'true' && countRaw !== 'false')
    throw graphError.badRequest(
      `Invalid value '${countRaw}' for $count. It must be true or false.`,
    );
  const count = countRaw === 'true';
  if (count && spec.directoryObject && !eventual)
    throw graphError.badRequest(errorMessages.countNeedsConsistency);
  const advanced = eventual && count;

  const topRaw = options.get('$top');
  let top: number | null = null;
  const maxTop = caps.maxTop ?? 999;
  if (topRaw !== undefined) {
    top = /^\d+$/.test(topRaw) ? Number(topRaw) : NaN;
    if (!Number.isInteger(top) || top < 1 || top > maxTop)
      throw graphError.badRequest(
        `Invalid page size specified: '${topRaw}'. Must be between 1 and ${maxTop} inclusive.`,
      );
  }

  const filterRaw = options.get('$filter');
  // Advanced queries lift the 15-value limits of `in` and `or`; the URL length bounds them instead.
  const length = url.pathname.length + url.search.length;
  if (filterRaw !== undefined && advanced && length > MAX_ADVANCED_URL)
    throw graphError.badRequest(errorMessages.urlTooLong(length, MAX_ADVANCED_URL));
  const filterExpr = filterRaw === undefined ? null : parseFilter(filterRaw);
  const filter = filterExpr === null ? null : compileFilter(filterExpr, spec, { advanced });

  const orderby = (options.get('$orderby') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((clause) => {
      const match = /^([A-Za-z][\w/]*)(?:\s+(asc|desc))?$/i.exec(clause);
      if (!match) throw graphError.badRequest(`Invalid $orderby clause '${clause}'.`);
      const property = match[1] ?? '';
      if (!propertyOf(spec, property)?.orderby)
        throw graphError.unsupportedQuery(
          `Unsupported sort property '${property}' for '${spec.resourceName}'.`,
        );
      return { property, descending: (match[2] ?? '').toLowerCase() === 'desc' };
    });
  if (orderby.length > 0 && filter && spec.directoryObject && !advanced)
    throw graphError.unsupportedQuery('Sorting not supported for current query.');

  const searchRaw = options.get('$search');
  if (searchRaw !== undefined && !eventual)
    throw graphError.unsupportedQuery(errorMessages.searchNeedsConsistency);
  const search = searchRaw === undefined ? null : parseSearch(searchRaw, spec);

  const token = options.get('$skiptoken');
  return {
    select: parseSelect(options.get('$select'), spec),
    filter,
    filterExpr,
    orderby,
    search,
    count,
    top,
    offset: token === undefined ? 0 : decodeSkipToken(token),
  };
}
