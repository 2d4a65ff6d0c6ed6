/**
 * Safe OData query strings: `$select`, `$filter`, `$top`, `$orderby`, `$count`, `$search`.
 * String literals are quoted and escaped here, so user input never changes a filter's structure.
 */
import { isGuid } from '../guid';

/** A string literal for `$filter`: single quotes doubled, as OData requires. */
export function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A GUID literal for an `Edm.Guid` property (`skuId`, `servicePlanId`): bare, as Graph requires;
 * a quoted GUID there is a 400 ("incompatible types"). Directory object ids are strings: use `literal`.
 */
export function guid(value: string): string {
  if (!isGuid(value)) throw new RangeError(`'${value}' is not a GUID.`);
  return value.toLowerCase();
}

/** A literal of any supported type: strings are quoted (directory object ids too: they are strings on Graph). */
export function literal(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError(`Cannot use ${String(value)} in an OData filter.`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

const PROPERTY_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;

/** A property path (`displayName`, `onPremisesExtensionAttributes/extensionAttribute1`), checked. */
export function property(name: string): string {
  if (!PROPERTY_PATH.test(name)) throw new RangeError(`'${name}' is not a property name.`);
  return name;
}

/** Filter builders; combine with `and` / `or`. Every value goes through `literal`. */
export const filter = {
  eq: (name: string, value: string | number | boolean | null) =>
    `${property(name)} eq ${literal(value)}`,
  ne: (name: string, value: string | number | boolean | null) =>
    `${property(name)} ne ${literal(value)}`,
  ge: (name: string, value: string | number) => `${property(name)} ge ${literal(value)}`,
  le: (name: string, value: string | number) => `${property(name)} le ${literal(value)}`,
  startsWith: (name: string, value: string) => `startswith(${property(name)},${quote(value)})`,
  endsWith: (name: string, value: string) => `endswith(${property(name)},${quote(value)})`,
  in: (name: string, values: readonly (string | number)[]) =>
    `${property(name)} in (${values.map(literal).join(',')})`,
  /** `targetResources/any(x:x/id eq 'value')`. */
  any: (collection: string, item: string, value: string | number | boolean) =>
    `${property(collection)}/any(x:x/${property(item)} eq ${literal(value)})`,
  /** `assignedLicenses/any(x:x/skuId eq <guid>)`: the item is an `Edm.Guid`, compared with a bare GUID. */
  anyGuid: (collection: string, item: string, value: string) =>
    `${property(collection)}/any(x:x/${property(item)} eq ${guid(value)})`,
  /** A raw date-time value (unquoted, as OData wants `createdDateTime ge 2026-10-01T00:00:00Z`). */
  dateGe: (name: string, iso: string) => `${property(name)} ge ${isoDateTime(iso)}`,
  dateLe: (name: string, iso: string) => `${property(name)} le ${isoDateTime(iso)}`,
  and: (...clauses: readonly (string | false | null | undefined)[]) => join(clauses, 'and'),
  or: (...clauses: readonly (string | false | null | undefined)[]) => join(clauses, 'or'),
  not: (clause: string) => `not (${clause})`,
};

function join(clauses: readonly (string | false | null | undefined)[], op: 'and' | 'or'): string {
  const parts = clauses.filter((c): c is string => typeof c === 'string' && c !== '');
  return parts.length <= 1 ? (parts[0] ?? '') : parts.map((p) => `(${p})`).join(` ${op} `);
}

function isoDateTime(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    throw new RangeError(`'${value}' is not an ISO 8601 date-time.`);
  }
  return value;
}

/** `$search` clause: `"displayName:term"`; a double quote or backslash in the term is escaped. */
export function searchTerm(name: string, term: string): string {
  return `"${property(name)}:${term.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/**
 * Whether Graph's `$search="name:term"` (`searchTerm`) finds `text`: every word of the term starts
 * a word of the text, case aside (words are runs of letters and digits). For showing the admin's
 * own new objects on a searched list before Graph's index has them.
 */
export function matchesSearchTerm(text: string, term: string): boolean {
  const words = (value: string) =>
    value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
  const textWords = words(text);
  return words(term).every((w) => textWords.some((t) => t.startsWith(w)));
}

/** The query options of a request. Empty values are left out. */
export interface ODataQuery {
  readonly select?: readonly string[];
  readonly filter?: string;
  readonly top?: number;
  readonly orderby?: readonly (string | readonly [string, 'asc' | 'desc'])[];
  readonly count?: boolean;
  /** Already built with `searchTerm` (several joined with ` OR ` / ` AND `). Needs `eventual`. */
  readonly search?: string;
  readonly expand?: string;
}

/** `?$select=…&$filter=…`, percent-encoded; '' when there are no options. */
export function buildQuery(query: ODataQuery): string {
  const params = new URLSearchParams();
  if (query.select && query.select.length > 0)
    params.set('$select', query.select.map(property).join(','));
  if (query.filter) params.set('$filter', query.filter);
  if (query.search) params.set('$search', query.search);
  if (query.orderby && query.orderby.length > 0) {
    params.set(
      '$orderby',
      query.orderby
        .map((o) => (typeof o === 'string' ? property(o) : `${property(o[0])} ${o[1]}`))
        .join(','),
    );
  }
  if (query.top !== undefined) {
    if (!Number.isInteger(query.top) || query.top < 1)
      throw new RangeError('$top must be a whole number of 1 or more.');
    params.set('$top', String(query.top));
  }
  if (query.count === true) params.set('$count', 'true');
  if (query.expand) params.set('$expand', query.expand);
  const text = params
    .toString()
    .replaceAll('+', '%20')
    .replaceAll('%24', '$')
    .replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}

/** A path with its query: `withQuery('/users', { top: 5 })` → `/users?$top=5`. */
export function withQuery(path: string, query: ODataQuery): string {
  return `${path}${buildQuery(query)}`;
}
