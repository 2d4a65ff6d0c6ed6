import type { AssignedPlanView, UserProfile } from '../user-profile';
import type { ComparisonExpr, Expr, NowAdjustment, PropertyRef, RuleAst, Value } from './ast';
import { parseDateTime } from './lexer';
import { NEGATED, type PropertyInfo } from './properties';
import { checkPattern, MAX_SUBJECT_LENGTH } from './regex-safety';
import type { ComparisonOperator, Duration } from './tokens';
import { resolveProperty, type Scope } from './resolve-property';

/**
 * Compiles a validated AST, once, into nested closures: constants are lower-cased, regular
 * expressions built and lists turned into Sets at compile time, so evaluating a user is a few
 * property reads and string operations, never a walk over the tree.
 *
 * Semantics (documented in README.md):
 * - Text comparisons ignore case (`toLowerCase` on both sides).
 * - Null: an unset value and "" are the same; `-eq null` is true for them (and for an empty
 *   collection), `-ne null` is its complement. Positive operators (`-eq "x"`, `-startsWith`,
 *   `-contains`, `-match`, `-in`, `-le`, `-ge`) are false on null; every negated operator
 *   (`-ne`, `-notStartsWith`, `-notEndsWith`, `-notContains`, `-notMatch`, `-notIn`) is exactly
 *   the complement of its positive, so it is true on null.
 * - A direct operator on a string collection is true when any element satisfies the positive
 *   operator; its negated form is true when no element does.
 * - `-any` on an empty collection is false, `-all` is true.
 */

/** What a rule may ask about the tenant while it evaluates one user. `now` is ms since the epoch. */
export interface RuleContext {
  readonly now: number;
  assignedPlans(userId: string): readonly AssignedPlanView[];
  isMemberOf(userId: string, groupId: string): boolean;
}

/** A compiled membership test. Invariant: pure given (user, ctx); never throws on a well-formed UserProfile. */
export type UserPredicate = (user: UserProfile, ctx: RuleContext) => boolean;

/** The properties, plans, groups, manager and clock a rule reads: re-evaluate when one changes. */
export interface RuleDependencies {
  readonly attributes: ReadonlySet<keyof UserProfile>;
  readonly assignedPlans: boolean;
  readonly memberOfGroupIds: readonly string[];
  readonly managerId: string | null;
  readonly usesNow: boolean;
}

/** Output of {@link compileAst}: the predicate, one predicate per user-level node (for explain), dependencies. */
export interface CompiledAst {
  readonly matches: UserPredicate;
  readonly nodes: ReadonlyMap<Expr, UserPredicate>;
  readonly dependsOn: RuleDependencies;
}

type Subject = UserProfile | AssignedPlanView | string;
type Pred = (subject: Subject, ctx: RuleContext) => boolean;
type Test = (value: string | null) => boolean;
type Clock = (ctx: RuleContext) => number;

const DAY = 86_400_000;

function durationMs(d: Duration): number {
  return (
    d.weeks * 7 * DAY + d.days * DAY + d.hours * 3_600_000 + d.minutes * 60_000 + d.seconds * 1000
  );
}

function applyAdjustments(now: number, adjustments: readonly NowAdjustment[]): number {
  let t = now;
  for (const { sign, duration } of adjustments) {
    if (duration.years !== 0 || duration.months !== 0) {
      const date = new Date(t);
      date.setUTCMonth(date.getUTCMonth() + sign * (duration.years * 12 + duration.months));
      t = date.getTime();
    }
    t += sign * durationMs(duration);
  }
  return t;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function lowerText(value: Value): string | null {
  switch (value.kind) {
    case 'string':
      return value.value === '' ? null : value.value.toLowerCase();
    case 'number':
      return String(value.value);
    case 'boolean':
      return String(value.value);
    default:
      return null;
  }
}

function timeOf(value: Value): Clock | null {
  if (value.kind === 'dateTime') {
    const t = value.epochMs;
    return () => t;
  }
  if (value.kind === 'string') {
    const t = parseDateTime(value.value.trim());
    return () => t;
  }
  if (value.kind === 'number') {
    const n = value.value;
    return () => n;
  }
  if (value.kind === 'now') {
    const { adjustments } = value;
    if (adjustments.every((a) => a.duration.years === 0 && a.duration.months === 0)) {
      const offset = adjustments.reduce((sum, a) => sum + a.sign * durationMs(a.duration), 0);
      return (ctx) => ctx.now + offset;
    }
    return (ctx) => applyAdjustments(ctx.now, adjustments);
  }
  return null;
}

/** The positive test of a text operator on one value. Unset (null) and "" are the same: positive tests are false on both. */
function textTest(op: ComparisonOperator, value: Value): Test {
  if (value.kind === 'null' || (op === 'eq' && value.kind === 'string' && value.value === ''))
    return (v) => v === null || v === '';
  if (op === 'in') {
    const items =
      value.kind === 'array'
        ? value.items.map(lowerText).filter((x): x is string => x !== null)
        : [];
    if (items.length > 4) {
      const set = new Set(items);
      return (v) => v !== null && set.has(v.toLowerCase());
    } // '' is never in the set
    return (v) => {
      if (v === null) return false;
      const l = v.toLowerCase();
      for (const item of items) if (item === l) return true;
      return false;
    }; // '' is never an item
  }
  if (op === 'match') {
    const verdict = value.kind === 'string' ? checkPattern(value.value) : null;
    const re = new RegExp(verdict?.ok ? verdict.source : '(?!)', 'i');
    return (v) =>
      v !== null &&
      v !== '' &&
      re.test(v.length > MAX_SUBJECT_LENGTH ? v.slice(0, MAX_SUBJECT_LENGTH) : v);
  }
  if (op === 'le' || op === 'ge') return numberTest(op, value);
  const c = lowerText(value) ?? '';
  switch (op) {
    case 'startsWith':
      return (v) => (v === null || v === '' ? false : v.toLowerCase().startsWith(c));
    case 'endsWith':
      return (v) => (v === null || v === '' ? false : v.toLowerCase().endsWith(c));
    case 'contains':
      return (v) => (v === null || v === '' ? false : v.toLowerCase().includes(c));
    default:
      // eq. For an ASCII constant, lower(v) === c implies v.length === c.length, a cheap first check.
      if (isAscii(c)) {
        const n = c.length;
        return (v) => v !== null && v.length === n && v.toLowerCase() === c;
      }
      return (v) => v !== null && v !== '' && v.toLowerCase() === c;
  }
}

/** `-le`/`-ge` with a number (extension properties): the value is read as a number; non-numbers never match. */
function numberTest(op: 'le' | 'ge', value: Value): Test {
  const c = value.kind === 'number' ? value.value : Number.NaN;
  const read = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v));
  return op === 'le'
    ? (v) => {
        if (v === null) return false;
        const x = read(v);
        return x <= c;
      }
    : (v) => {
        if (v === null) return false;
        const x = read(v);
        return x >= c;
      };
}

/** Date comparison whose constant may depend on the clock (system.now). */
function dateTest(
  op: ComparisonOperator,
  value: Value,
): ((v: string | null, ctx: RuleContext) => boolean) | null {
  const clock = timeOf(value);
  if (!clock || value.kind === 'null') return null;
  const read = (v: string | null): number => (v === null ? Number.NaN : parseDateTime(v));
  switch (op) {
    case 'le':
      return (v, ctx) => read(v) <= clock(ctx);
    case 'ge':
      return (v, ctx) => read(v) >= clock(ctx);
    default:
      return (v, ctx) => read(v) === clock(ctx);
  }
}

class Compiler {
  readonly attributes = new Set<keyof UserProfile>();
  readonly nodes = new Map<Expr, UserPredicate>();
  assignedPlans = false;
  usesNow = false;
  memberOfGroupIds: string[] = [];

  expr(expr: Expr, scope: Scope): Pred {
    const pred = this.build(expr, scope);
    if (scope.kind === 'user') this.nodes.set(expr, pred);
    return pred;
  }

  private build(expr: Expr, scope: Scope): Pred {
    switch (expr.kind) {
      case 'or':
        return expr.operands
          .map((e) => this.expr(e, scope))
          .reduceRight((right, left) => (s, c) => left(s, c) || right(s, c));
      case 'and':
        return expr.operands
          .map((e) => this.expr(e, scope))
          .reduceRight((right, left) => (s, c) => left(s, c) && right(s, c));
      case 'not': {
        const inner = this.expr(expr.operand, scope);
        return (s, c) => !inner(s, c);
      }
      case 'comparison':
        return this.comparison(expr, scope);
      case 'collection':
        return this.collection(expr.property, expr.quantifier, expr.predicate);
    }
  }

  private info(property: PropertyRef, scope: Scope): PropertyInfo {
    const info = resolveProperty(property, scope);
    if ('code' in info) throw new Error(`compile: unvalidated property ${property.path}`);
    return info;
  }

  private collection(property: PropertyRef, quantifier: 'any' | 'all', predicate: Expr): Pred {
    const info = this.info(property, { kind: 'user' });
    const source = info.source;
    if (source.kind === 'memberOf') {
      const inner =
        predicate.kind === 'comparison' && predicate.value.kind === 'array'
          ? predicate.value.items
          : [];
      const ids = [
        ...new Set(inner.map((v) => (v.kind === 'string' ? v.value.toLowerCase() : ''))),
      ];
      this.memberOfGroupIds = ids;
      return (s, c) => {
        const id = (s as UserProfile).id;
        for (const g of ids) if (c.isMemberOf(id, g)) return true;
        return false;
      };
    }
    const item = this.expr(predicate, { kind: 'item', collection: info, quantifier });
    const items = this.itemsOf(info);
    if (quantifier === 'all')
      return (s, c) => {
        for (const x of items(s as UserProfile, c)) if (!item(x, c)) return false;
        return true;
      };
    return (s, c) => {
      for (const x of items(s as UserProfile, c)) if (item(x, c)) return true;
      return false;
    };
  }

  private itemsOf(info: PropertyInfo): (u: UserProfile, c: RuleContext) => readonly Subject[] {
    const source = info.source;
    if (source.kind === 'assignedPlans') {
      this.assignedPlans = true;
      return (u, c) => c.assignedPlans(u.id);
    }
    if (source.kind === 'field') {
      this.attributes.add(source.field);
      const f = source.field;
      return (u) => u[f] as readonly string[];
    }
    throw new Error(`compile: ${info.path} is not a collection`);
  }

  private reader(info: PropertyInfo): (s: Subject) => unknown {
    const source = info.source;
    switch (source.kind) {
      case 'field': {
        this.attributes.add(source.field);
        const f = source.field;
        return (s) => (s as UserProfile)[f];
      }
      case 'extensionAttribute': {
        this.attributes.add('extensionAttributes');
        const k = source.key;
        return (s) => (s as UserProfile).extensionAttributes[k] ?? null;
      }
      case 'extension': {
        this.attributes.add('extensions');
        const k = source.key;
        return (s) => {
          const v = (s as UserProfile).extensions[k];
          return v === undefined || v === null ? null : String(v);
        };
      }
      case 'planItem': {
        const f = source.field;
        return (s) => (s as AssignedPlanView)[f];
      }
      case 'element':
        return (s) => s;
      default:
        throw new Error(`compile: ${info.path} is not a scalar`);
    }
  }

  private comparison(expr: ComparisonExpr, scope: Scope): Pred {
    const info = this.info(expr.property, scope);
    const read = this.reader(info);
    const positive = NEGATED[expr.operator] ?? expr.operator;
    const negate = positive !== expr.operator;
    if (info.type === 'boolean') {
      const want = expr.value.kind === 'boolean' ? expr.value.value : null;
      return negate ? (s) => read(s) !== want : (s) => read(s) === want;
    }
    const ordered = positive === 'le' || positive === 'ge';
    const byDate =
      info.type === 'dateTime' ||
      (info.type === 'extension' && ordered && expr.value.kind !== 'number');
    if (byDate && expr.value.kind !== 'null') {
      if (expr.value.kind === 'now') this.usesNow = true;
      const test = dateTest(positive, expr.value);
      if (!test) throw new Error('compile: unvalidated date value');
      return negate
        ? (s, c) => !test(read(s) as string | null, c)
        : (s, c) => test(read(s) as string | null, c);
    }
    if (expr.value.kind === 'now') this.usesNow = true;
    const test = textTest(positive, expr.value);
    if (info.type === 'stringCollection') {
      if (expr.value.kind === 'null')
        return negate
          ? (s) => (read(s) as readonly string[]).length > 0
          : (s) => (read(s) as readonly string[]).length === 0;
      const any = (s: Subject): boolean => {
        for (const v of read(s) as readonly string[]) if (test(v)) return true;
        return false;
      };
      return negate ? (s) => !any(s) : any;
    }
    return negate ? (s) => !test(read(s) as string | null) : (s) => test(read(s) as string | null);
  }
}

/** Compiles a validated AST (one with no diagnostics). Throws only if given an unvalidated AST. */
export function compileAst(ast: RuleAst): CompiledAst {
  const root = ast.root;
  if (root.kind === 'directReports') {
    const id = root.managerId.toLowerCase();
    const matches: UserPredicate = (u) => u.managerId !== null && u.managerId.toLowerCase() === id;
    const dependsOn = {
      attributes: new Set<keyof UserProfile>(['managerId']),
      assignedPlans: false,
      memberOfGroupIds: [],
      managerId: id,
      usesNow: false,
    };
    return { matches, nodes: new Map(), dependsOn };
  }
  const compiler = new Compiler();
  const matches = compiler.expr(root, { kind: 'user' }) as UserPredicate;
  const dependsOn: RuleDependencies = {
    attributes: compiler.attributes,
    assignedPlans: compiler.assignedPlans,
    memberOfGroupIds: compiler.memberOfGroupIds,
    managerId: null,
    usesNow: compiler.usesNow,
  };
  return { matches, nodes: compiler.nodes, dependsOn };
}
