import { lex } from './lexer';
import {
  allUserProperties,
  ASSIGNED_PLAN_PROPERTIES,
  ELEMENT_PROPERTY,
  GROUP_ID_PROPERTY,
  OPERATORS,
  resolveAssignedPlanProperty,
  resolveUserProperty,
  type PropertyInfo,
} from './properties';
import { span, type Span, type Token } from './tokens';

/**
 * Autocomplete for the rule editor, driven by the property and operator tables: what may be
 * typed at the cursor given the tokens before it. Pure and tolerant: returns [] when it cannot tell.
 */

/** One suggestion. Invariant: replacing `replace` in the text with `insertText` yields the completed text. */
export interface Completion {
  readonly label: string;
  readonly kind: 'property' | 'operator' | 'value' | 'keyword';
  /** Type of a property, category of an operator. */
  readonly detail: string;
  readonly description: string;
  readonly insertText: string;
  readonly replace: Span;
}

type Scope = readonly PropertyInfo[];

function propertyCompletion(p: PropertyInfo, replace: Span): Completion {
  return {
    label: p.path,
    kind: 'property',
    detail: p.type,
    description: p.description,
    insertText: p.path,
    replace,
  };
}

/** The item properties usable at the end of `tokens`, or undefined at user level. */
function itemScope(tokens: readonly Token[]): Scope | undefined {
  const stack: (Scope | undefined)[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    if (t.char === ')') {
      stack.pop();
      return;
    }
    if (t.char !== '(') return;
    const q = tokens[i - 1];
    const owner = tokens[i - 2];
    if (q?.kind === 'operator' && (q.op === 'any' || q.op === 'all') && owner?.kind === 'path') {
      const info = resolveUserProperty(owner.segments[1] ?? '');
      stack.push(
        info?.source.kind === 'assignedPlans'
          ? ASSIGNED_PLAN_PROPERTIES
          : info?.source.kind === 'memberOf'
            ? [GROUP_ID_PROPERTY]
            : [ELEMENT_PROPERTY],
      );
    } else stack.push(stack[stack.length - 1]);
  });
  return stack[stack.length - 1];
}

function resolvePath(token: Token & { kind: 'path' }): PropertyInfo | undefined {
  const [head = '', name = ''] = token.segments;
  if (token.text === '_') return ELEMENT_PROPERTY;
  if (head.toLowerCase() === 'assignedplan') return resolveAssignedPlanProperty(name);
  if (head.toLowerCase() === 'group') return GROUP_ID_PROPERTY;
  return head.toLowerCase() === 'user' ? resolveUserProperty(name) : undefined;
}

function operatorCompletions(names: readonly string[], replace: Span): Completion[] {
  return OPERATORS.filter((o) => names.includes(o.name)).map((o) => ({
    label: o.spelling,
    kind: 'operator' as const,
    detail: o.category,
    description: o.description,
    insertText: o.spelling,
    replace,
  }));
}

function valueCompletions(info: PropertyInfo | undefined, op: string, replace: Span): Completion[] {
  const value = (label: string, description: string): Completion => ({
    label,
    kind: 'value',
    detail: info?.type ?? 'value',
    description,
    insertText: label,
    replace,
  });
  if (op === 'in' || op === 'notIn') return [value('[""]', 'A list of values')];
  if (info?.type === 'boolean')
    return [value('true', 'True'), value('false', 'False'), value('null', 'Not set')];
  const out = (info?.values ?? []).map((v) =>
    value(`"${v}"`, `Documented value of ${info?.name ?? ''}`),
  );
  if (info?.type === 'dateTime')
    out.push(value('system.now', 'The current time; add -plus p1d for offsets'));
  if (op === 'eq' || op === 'ne') out.push(value('null', 'Not set'));
  return out;
}

function candidates(tokens: readonly Token[], replace: Span): Completion[] {
  const last = tokens[tokens.length - 1];
  const scope = itemScope(tokens);
  const expectCondition =
    !last ||
    (last.kind === 'punct' && last.char === '(') ||
    (last.kind === 'operator' && (last.op === 'and' || last.op === 'or' || last.op === 'not'));
  if (expectCondition) {
    const props = (scope ?? allUserProperties()).map((p) => propertyCompletion(p, replace));
    const keywords: Completion[] = scope ? [] : operatorCompletions(['not'], replace);
    if (!last)
      keywords.push({
        label: 'Direct Reports for',
        kind: 'keyword',
        detail: 'rule',
        description: 'Direct reports of a manager (whole rule only)',
        insertText: 'Direct Reports for ""',
        replace,
      });
    return [...props, ...keywords];
  }
  if (last.kind === 'path') {
    if (last.text.toLowerCase() === 'system.now')
      return operatorCompletions(['plus', 'minus', 'and', 'or'], replace);
    const info = resolvePath(last);
    return operatorCompletions(
      info
        ? info.operators
        : OPERATORS.filter((o) => o.category === 'comparison').map((o) => o.name),
      replace,
    );
  }
  if (last.kind === 'operator') {
    if (last.op === 'any' || last.op === 'all') {
      const owner = tokens[tokens.length - 2];
      const info = owner?.kind === 'path' ? resolvePath(owner) : undefined;
      const items =
        info?.source.kind === 'assignedPlans'
          ? ASSIGNED_PLAN_PROPERTIES
          : info?.source.kind === 'memberOf'
            ? [GROUP_ID_PROPERTY]
            : [ELEMENT_PROPERTY];
      return items.map((p) => ({
        ...propertyCompletion(p, replace),
        label: `(${p.path}`,
        insertText: `(${p.path}`,
      }));
    }
    if (last.op === 'plus' || last.op === 'minus') return [];
    const owner = tokens[tokens.length - 2];
    return valueCompletions(
      owner?.kind === 'path' ? resolvePath(owner) : undefined,
      last.op,
      replace,
    );
  }
  if (last.kind === 'punct' && (last.char === '[' || last.char === ',')) return [];
  return operatorCompletions(['and', 'or'], replace);
}

function matchesPartial(c: Completion, partial: string): boolean {
  if (partial === '') return true;
  const p = partial.replace(/^[-\u2013\u2014]/, '').toLowerCase();
  const label = c.label.replace(/^[-(]/, '').toLowerCase();
  return (
    label.startsWith(p) ||
    (c.kind === 'property' && label.slice(label.indexOf('.') + 1).startsWith(p))
  );
}

/** Suggestions for the word being typed at `cursor` (clamped to the text). Never throws. */
export function completions(text: string, cursor: number): Completion[] {
  const at = Math.max(0, Math.min(cursor, text.length));
  const before = text.slice(0, at);
  const partial = /[-\u2013\u2014]?[A-Za-z0-9_.$]*$/.exec(before)?.[0] ?? '';
  const rest = before.slice(0, before.length - partial.length);
  const lexed = lex(rest);
  if (!lexed.ok) return [];
  const tokens = lexed.tokens.filter((t) => t.kind !== 'eof');
  const replace = span(at - partial.length, at);
  return candidates(tokens, replace).filter((c) => matchesPartial(c, partial));
}
