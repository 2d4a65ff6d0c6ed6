/**
 * Checks a parsed `$filter` against a resource's property table and compiles it to a predicate.
 * A property the resource lacks is a 400 naming it; an operator the property does not support
 * (or that needs an advanced query that was not asked for) is `Request_UnsupportedQuery`.
 */
import { errorMessages, graphError } from '../errors';
import type { ComparisonOp, FilterExpr, Literal, Path } from './filter-parser';
import { checkFunctionArgument, checkOperand } from './filter-types';
import {
  own,
  propertyOf,
  type EdmType,
  type FilterOp,
  type PropertySpec,
  type ResourceSpec,
} from './model';

/** Whether the request is an advanced query (`ConsistencyLevel: eventual` and `$count=true`). */
export interface FilterContext {
  readonly advanced: boolean;
}

type Predicate<Row> = (row: Row) => boolean;
type Getter = (value: unknown) => unknown;

const DATE = /^\d{4}-\d{2}-\d{2}T/;

function norm(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/**
 * A test of a value against a literal, with the literal normalised once (not once per row): eq and
 * ne compare case-insensitively, ordering compares dates as instants.
 */
function comparer(op: ComparisonOp, expected: Literal): (actual: unknown) => boolean {
  if (expected === null) {
    if (op === 'eq') return (actual) => actual === null || actual === undefined;
    if (op === 'ne') return (actual) => actual !== null && actual !== undefined;
    return () => false;
  }
  const want = norm(expected);
  if (op === 'eq' || op === 'ne') {
    const equal = op === 'eq';
    return (actual) => {
      if (actual === null || actual === undefined) return !equal;
      return (norm(actual) === want) === equal;
    };
  }
  const wantDate =
    typeof want === 'string' && DATE.test(want) ? Date.parse(want.toUpperCase()) : null;
  return (actual) => {
    if (actual === null || actual === undefined) return false;
    let a: unknown = norm(actual);
    let b: unknown = want;
    if (wantDate !== null && typeof a === 'string' && DATE.test(a)) {
      a = Date.parse(a);
      b = wantDate;
    }
    if (typeof a !== typeof b) return false;
    const x = a as string | number;
    const y = b as string | number;
    switch (op) {
      case 'gt':
        return x > y;
      case 'ge':
        return x >= y;
      case 'lt':
        return x < y;
      default:
        return x <= y;
    }
  };
}

/** `x in (...)`: a set lookup for strings (case-insensitive), a comparison per value otherwise. */
function member(values: readonly Literal[]): (actual: unknown) => boolean {
  const strings = new Set<string>();
  const others: ((actual: unknown) => boolean)[] = [];
  for (const value of values) {
    if (typeof value === 'string') strings.add(value.toLowerCase());
    else others.push(comparer('eq', value));
  }
  return (actual) =>
    (typeof actual === 'string' && strings.has(actual.toLowerCase())) ||
    others.some((test) => test(actual));
}

/** Standard (not advanced) queries allow at most this many values per `in` and clauses per `or`. */
export const MAX_CLAUSES = 15;

/** Counts the clauses of an `or` chain (`a or b or c` is 3). */
function orClauses(expr: FilterExpr): number {
  return expr.kind === 'or' ? orClauses(expr.left) + orClauses(expr.right) : 1;
}

/**
 * Graph's limits on standard queries: an `in` holds at most 15 values and an `or` at most 15
 * clauses (advanced queries are bounded by the URL length instead, checked by the caller).
 */
function checkClauseLimits(expr: FilterExpr, advanced: boolean, inChain = false): void {
  if (advanced) return;
  switch (expr.kind) {
    case 'or': {
      if (!inChain) {
        const count = orClauses(expr);
        if (count > MAX_CLAUSES)
          throw graphError.unsupportedQuery(errorMessages.tooManyClauses(count, MAX_CLAUSES));
      }
      checkClauseLimits(expr.left, advanced, true);
      checkClauseLimits(expr.right, advanced, true);
      return;
    }
    case 'and':
      checkClauseLimits(expr.left, advanced);
      checkClauseLimits(expr.right, advanced);
      return;
    case 'not':
      checkClauseLimits(expr.expr, advanced);
      return;
    case 'lambda':
      checkClauseLimits(expr.body, advanced);
      return;
    case 'in':
      if (expr.values.length > MAX_CLAUSES)
        throw graphError.unsupportedQuery(
          errorMessages.tooManyClauses(expr.values.length, MAX_CLAUSES),
        );
      return;
    default:
      return;
  }
}

function opName(op: ComparisonOp): FilterOp {
  if (op === 'gt') return 'ge';
  if (op === 'lt') return 'le';
  return op;
}

/** Graph's names of the operators only advanced queries allow, as its refusal writes them. */
const ADVANCED_OPERATOR_NAMES: Partial<Record<FilterOp | 'not', string>> = {
  ne: 'ne',
  not: 'not',
  endswith: 'endsWith',
  count: '$count',
};

/** The refusal of an advanced-only form sent without `ConsistencyLevel: eventual` and `$count=true`. */
const needsAdvanced = (op: FilterOp | 'not') =>
  graphError.unsupportedQuery(errorMessages.advancedQueryNeeded(ADVANCED_OPERATOR_NAMES[op] ?? op));

/** Compiles a filter for a resource; throws `GraphError` for anything unsupported. */
export function compileFilter<Row>(
  expr: FilterExpr,
  spec: ResourceSpec<Row>,
  ctx: FilterContext,
): Predicate<Row> {
  const unsupported = (property: string) =>
    graphError.unsupportedQuery(errorMessages.unsupportedFilter(property, spec.resourceName));

  function property(path: Path): { name: string; prop: PropertySpec<Row> } {
    const name = path.segments[0] ?? '';
    const prop = propertyOf(spec, name);
    if (!prop) throw graphError.badRequest(errorMessages.unknownProperty(name, spec.typeName));
    return { name, prop };
  }

  function allow(
    prop: PropertySpec<Row>,
    name: string,
    op: FilterOp,
    allowed: readonly FilterOp[] | undefined,
  ): void {
    if (!allowed?.includes(op)) throw unsupported(name);
    if (spec.directoryObject && prop.advanced?.includes(op) && !ctx.advanced)
      throw needsAdvanced(op);
    if (prop.standardOnly && ctx.advanced) throw unsupported(name);
  }

  /**
   * A getter of the path's value on a row and its EDM type, after checking the operator is allowed.
   * `eq null` on a property whose null values only advanced queries index is refused in a standard
   * query in Graph's words for an unsupported clause (`usageLocation eq null`, issue #16 item 8).
   */
  function access(
    path: Path,
    op: FilterOp,
    nullValue = false,
  ): { get: (row: Row) => unknown; type: EdmType | undefined } {
    const { name, prop } = property(path);
    if (path.segments.length === 1) {
      allow(prop, name, op, prop.filter);
      if (nullValue && spec.directoryObject && prop.advanced?.includes('null') && !ctx.advanced)
        throw unsupported(name);
      return { get: (row) => prop.get(row), type: own(prop.types, '') };
    }
    const key = path.segments.slice(1).join('/');
    allow(prop, `${name}/${key}`, op, own(prop.nested, key));
    const rest = path.segments.slice(1);
    return { get: (row) => dig(prop.get(row), rest), type: own(prop.types, key) };
  }

  function lambdaBody(
    expr: FilterExpr,
    variable: string,
    prop: PropertySpec<Row>,
    name: string,
  ): Predicate<unknown> {
    const item = (path: Path, op: FilterOp): { get: Getter; type: EdmType | undefined } => {
      if (path.segments[0] !== variable) throw unsupported(name);
      const key = path.segments.slice(1).join('/');
      allow(prop, name, op, own(prop.items, key));
      const rest = path.segments.slice(1);
      return { get: (value) => dig(value, rest), type: own(prop.types, key) };
    };
    switch (expr.kind) {
      case 'and':
      case 'or': {
        const l = lambdaBody(expr.left, variable, prop, name);
        const r = lambdaBody(expr.right, variable, prop, name);
        return expr.kind === 'and' ? (v) => l(v) && r(v) : (v) => l(v) || r(v);
      }
      case 'compare': {
        const { get, type } = item(expr.path, opName(expr.op));
        checkOperand(type, expr.op, expr.valueType);
        const test = comparer(expr.op, expr.value);
        return (v) => test(get(v));
      }
      case 'in': {
        const { get, type } = item(expr.path, 'in');
        expr.valueTypes.forEach((valueType) => {
          checkOperand(type, 'in', valueType ?? null);
        });
        const test = member(expr.values);
        return (v) => test(get(v));
      }
      case 'function': {
        const { get, type } = item(expr.path, expr.name);
        checkFunctionArgument(expr.name, type, expr.valueType);
        const needle = expr.value.toLowerCase();
        return (v) => {
          const s = get(v);
          return (
            typeof s === 'string' &&
            (expr.name === 'startswith'
              ? s.toLowerCase().startsWith(needle)
              : s.toLowerCase().endsWith(needle))
          );
        };
      }
      default:
        throw unsupported(name);
    }
  }

  function build(expr: FilterExpr): Predicate<Row> {
    switch (expr.kind) {
      case 'and': {
        const l = build(expr.left);
        const r = build(expr.right);
        return (row) => l(row) && r(row);
      }
      case 'or': {
        const l = build(expr.left);
        const r = build(expr.right);
        return (row) => l(row) || r(row);
      }
      case 'not': {
        if (spec.directoryObject && !ctx.advanced) throw needsAdvanced('not');
        if (!spec.directoryObject) throw graphError.unsupportedQuery();
        const inner = build(expr.expr);
        return (row) => !inner(row);
      }
      case 'compare': {
        const nullValue = expr.op === 'eq' && expr.value === null;
        const { get, type } = access(expr.path, opName(expr.op), nullValue);
        checkOperand(type, expr.op, expr.valueType);
        const test = comparer(expr.op, expr.value);
        return (row) => test(get(row));
      }
      case 'in': {
        const { get, type } = access(expr.path, 'in');
        expr.valueTypes.forEach((valueType) => {
          checkOperand(type, 'in', valueType ?? null);
        });
        const test = member(expr.values);
        return (row) => test(get(row));
      }
      case 'function': {
        const { get, type } = access(expr.path, expr.name);
        checkFunctionArgument(expr.name, type, expr.valueType);
        const needle = expr.value.toLowerCase();
        return (row) => {
          const v = get(row);
          return (
            typeof v === 'string' &&
            (expr.name === 'startswith'
              ? v.toLowerCase().startsWith(needle)
              : v.toLowerCase().endsWith(needle))
          );
        };
      }
      case 'count': {
        const { get } = access(expr.path, 'count');
        const test = comparer(expr.op, expr.value);
        return (row) => {
          const v = get(row);
          return test(Array.isArray(v) ? v.length : 0);
        };
      }
      case 'lambda': {
        const { name, prop } = property(expr.path);
        if (expr.path.segments.length !== 1 || expr.quantifier !== 'any') throw unsupported(name);
        allow(prop, name, 'any', prop.filter);
        const body = lambdaBody(expr.body, expr.variable, prop, name);
        return (row) => {
          const v = prop.get(row);
          return Array.isArray(v) && v.some(body);
        };
      }
    }
  }

  checkClauseLimits(expr, ctx.advanced);
  checkAlone(expr, spec);
  return build(expr);
}

/** The properties a filter names (the first segment of each path). */
function namedProperties(expr: FilterExpr, into = new Set<string>()): Set<string> {
  switch (expr.kind) {
    case 'and':
    case 'or':
      namedProperties(expr.left, into);
      namedProperties(expr.right, into);
      break;
    case 'not':
      namedProperties(expr.expr, into);
      break;
    default:
      into.add(expr.path.segments[0] ?? '');
  }
  return into;
}

/**
 * Refuses a filter that names a `filterAlone` property (`signInActivity`) beside any other
 * property, in the words Graph answers such a combination with.
 */
function checkAlone<Row>(expr: FilterExpr, spec: ResourceSpec<Row>): void {
  const names = namedProperties(expr);
  if (names.size < 2) return;
  for (const name of names) {
    if (propertyOf(spec, name)?.filterAlone)
      throw graphError.unsupportedQuery(errorMessages.filterNotAlone);
  }
}

function dig(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment))
      return null;
    current = (current as Record<string, unknown>)[segment];
  }
  return current ?? null;
}
