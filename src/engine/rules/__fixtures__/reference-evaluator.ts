import type { AssignedPlanView, UserProfile } from '../../user-profile';
import type { Expr, RuleAst, Value } from '../ast';
import type { RuleContext } from '../compile';
import { parseDateTime } from '../lexer';
import type { PropertyInfo } from '../properties';
import { resolveProperty, type Scope } from '../resolve-property';

/**
 * A slow, obviously-correct interpreter of the documented semantics, walking the AST for every
 * user. The property tests check the compiled closures against it. Written independently of
 * compile.ts on purpose: no shared helpers beyond the property table and date parsing.
 */

type Subject = UserProfile | AssignedPlanView | string;

const NEGATIONS: Readonly<Record<string, string>> = {
  ne: 'eq',
  notStartsWith: 'startsWith',
  notEndsWith: 'endsWith',
  notContains: 'contains',
  notMatch: 'match',
  notIn: 'in',
};

function nowOf(value: Value & { kind: 'now' }, now: number): number {
  let t = now;
  for (const { sign, duration: d } of value.adjustments) {
    const date = new Date(t);
    date.setUTCMonth(date.getUTCMonth() + sign * (d.years * 12 + d.months));
    t =
      date.getTime() +
      sign *
        ((d.weeks * 7 + d.days) * 86_400_000 +
          d.hours * 3_600_000 +
          d.minutes * 60_000 +
          d.seconds * 1000);
  }
  return t;
}

function constantText(value: Value): string | null {
  if (value.kind === 'string') return value.value === '' ? null : value.value.toLowerCase();
  if (value.kind === 'number' || value.kind === 'boolean') return String(value.value).toLowerCase();
  return null;
}

function read(info: PropertyInfo, subject: Subject): unknown {
  const s = info.source;
  switch (s.kind) {
    case 'field':
      return (subject as UserProfile)[s.field];
    case 'extensionAttribute':
      return (subject as UserProfile).extensionAttributes[s.key] ?? null;
    case 'extension': {
      const v = (subject as UserProfile).extensions[s.key];
      return v === undefined || v === null ? null : String(v);
    }
    case 'planItem':
      return (subject as AssignedPlanView)[s.field];
    case 'element':
      return subject;
    default:
      return null;
  }
}

function positive(
  op: string,
  info: PropertyInfo,
  raw: unknown,
  value: Value,
  ctx: RuleContext,
): boolean {
  if (info.type === 'boolean')
    return value.kind === 'null' ? raw === null : value.kind === 'boolean' && raw === value.value;
  const v = typeof raw === 'string' && raw !== '' ? raw : null;
  if (value.kind === 'null' || (op === 'eq' && value.kind === 'string' && value.value === ''))
    return v === null;
  if (v === null) return false;
  const dateLike =
    info.type === 'dateTime' || ((op === 'le' || op === 'ge') && value.kind !== 'number');
  if (dateLike) {
    const x = parseDateTime(v);
    const c =
      value.kind === 'now'
        ? nowOf(value, ctx.now)
        : value.kind === 'dateTime'
          ? value.epochMs
          : parseDateTime(value.kind === 'string' ? value.value.trim() : '');
    return op === 'le' ? x <= c : op === 'ge' ? x >= c : x === c;
  }
  if (op === 'le' || op === 'ge') {
    const x = v.trim() === '' ? Number.NaN : Number(v);
    const c = value.kind === 'number' ? value.value : Number.NaN;
    return op === 'le' ? x <= c : x >= c;
  }
  const lower = v.toLowerCase();
  if (op === 'in')
    return value.kind === 'array' && value.items.some((item) => constantText(item) === lower);
  if (op === 'match')
    return value.kind === 'string' && new RegExp(value.value, 'i').test(v.slice(0, 1024));
  const c = constantText(value) ?? '';
  if (op === 'startsWith') return lower.startsWith(c);
  if (op === 'endsWith') return lower.endsWith(c);
  if (op === 'contains') return lower.includes(c);
  return lower === c;
}

function evaluate(
  expr: Expr,
  subject: Subject,
  scope: Scope,
  u: UserProfile,
  ctx: RuleContext,
): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.operands.some((e) => evaluate(e, subject, scope, u, ctx));
    case 'and':
      return expr.operands.every((e) => evaluate(e, subject, scope, u, ctx));
    case 'not':
      return !evaluate(expr.operand, subject, scope, u, ctx);
    case 'collection': {
      const info = resolveProperty(expr.property, scope);
      if ('code' in info) throw new Error('unvalidated');
      if (info.source.kind === 'memberOf') {
        const p = expr.predicate;
        const ids =
          p.kind === 'comparison' && p.value.kind === 'array'
            ? p.value.items.map((i) => (i.kind === 'string' ? i.value.toLowerCase() : ''))
            : [];
        return ids.some((id) => ctx.isMemberOf(u.id, id));
      }
      const items: readonly Subject[] =
        info.source.kind === 'assignedPlans'
          ? ctx.assignedPlans(u.id)
          : (read(info, u) as readonly string[]);
      const inner: Scope = { kind: 'item', collection: info, quantifier: expr.quantifier };
      const test = (item: Subject): boolean => evaluate(expr.predicate, item, inner, u, ctx);
      return expr.quantifier === 'any' ? items.some(test) : items.every(test);
    }
    case 'comparison': {
      const info = resolveProperty(expr.property, scope);
      if ('code' in info) throw new Error('unvalidated');
      const op = NEGATIONS[expr.operator] ?? expr.operator;
      const negate = op !== expr.operator;
      const raw = read(info, subject);
      let result: boolean;
      if (info.type === 'stringCollection') {
        const list = raw as readonly string[];
        result =
          expr.value.kind === 'null'
            ? list.length === 0
            : list.some((el) => positive(op, { ...info, type: 'string' }, el, expr.value, ctx));
      } else result = positive(op, info, raw, expr.value, ctx);
      return negate ? !result : result;
    }
  }
}

/** Evaluates a validated AST for one user, the slow way. */
export function referenceMatches(ast: RuleAst, u: UserProfile, ctx: RuleContext): boolean {
  const root = ast.root;
  if (root.kind === 'directReports')
    return u.managerId !== null && u.managerId.toLowerCase() === root.managerId.toLowerCase();
  return evaluate(root, u, { kind: 'user' }, u, ctx);
}
