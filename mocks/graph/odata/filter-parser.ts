/**
 * A small recursive-descent parser for the `$filter` forms the emulator supports: comparisons
 * (`eq ne gt ge lt le`), `in (...)`, `startswith`/`endswith`, `and`/`or`/`not`, parentheses,
 * `any`/`all` lambdas and `/$count`. Anything else is a syntax error or an unsupported query.
 */
import { graphError } from '../errors';

/** A literal value. GUIDs and date-times are unquoted in OData and kept as strings. */
export type Literal = string | number | boolean | null;

/**
 * The EDM type of a literal as OData reads it: `'text'` is `Edm.String`, a bare GUID is
 * `Edm.Guid` (so the two are told apart although both are kept as strings), `null` has none.
 */
export type LiteralType =
  'Edm.String' | 'Edm.Guid' | 'Edm.DateTimeOffset' | 'Edm.Double' | 'Edm.Boolean' | null;

/** A property path; inside a lambda the first segment is the range variable. */
export interface Path {
  readonly segments: readonly string[];
  /** Position in the filter text, for messages. */
  readonly at: number;
}

/** OData comparison operators. */
export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** The filter AST. */
export type FilterExpr =
  | { readonly kind: 'and' | 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOp;
      readonly path: Path;
      readonly value: Literal;
      readonly valueType: LiteralType;
    }
  | {
      readonly kind: 'in';
      readonly path: Path;
      readonly values: readonly Literal[];
      readonly valueTypes: readonly LiteralType[];
    }
  | {
      readonly kind: 'function';
      readonly name: 'startswith' | 'endswith';
      readonly path: Path;
      readonly value: string;
      readonly valueType: LiteralType;
    }
  | {
      readonly kind: 'lambda';
      readonly quantifier: 'any' | 'all';
      readonly path: Path;
      readonly variable: string;
      readonly body: FilterExpr;
    }
  | {
      readonly kind: 'count';
      readonly path: Path;
      readonly op: ComparisonOp;
      readonly value: number;
    };

type Token =
  | { readonly type: 'punct'; readonly value: '(' | ')' | ',' | ':' | '/'; readonly at: number }
  | { readonly type: 'string'; readonly value: string; readonly at: number }
  | { readonly type: 'word'; readonly value: string; readonly at: number };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
/** Deepest nesting of parentheses, `not` and lambdas accepted (Graph's own limit is lower still). */
const MAX_DEPTH = 64;

function syntaxError(text: string, at: number): never {
  throw graphError.badRequest(
    `Invalid filter clause: Syntax error at position ${at} in '${text}'.`,
  );
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if ('(),:/'.includes(ch)) {
      tokens.push({ type: 'punct', value: ch as '(' | ')' | ',' | ':' | '/', at: i });
      i++;
      continue;
    }
    if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= text.length) syntaxError(text, i);
        const c = text.charAt(j);
        if (c === "'") {
          if (text.charAt(j + 1) === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += c;
        j++;
      }
      tokens.push({ type: 'string', value, at: i });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z0-9_$.+-]+/.exec(text.slice(i));
    if (!word) syntaxError(text, i);
    let value = word[0];
    // Date-times carry ':' which is also the lambda separator: take it only after a date.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value)) {
      const rest = /^[0-9:.Z+-]*/.exec(text.slice(i + value.length));
      value += rest?.[0] ?? '';
    }
    tokens.push({ type: 'word', value, at: i });
    i += value.length;
  }
  return tokens;
}

/** Parses `$filter` text into an AST, or throws a 400 with Graph's wording. */
export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const atEnd = () => pos >= tokens.length;
  const here = () => peek()?.at ?? text.length;
  const isWord = (value: string) => {
    const t = peek();
    return t?.type === 'word' && t.value === value;
  };
  const isPunct = (value: string) => {
    const t = peek();
    return t?.type === 'punct' && t.value === value;
  };
  const expectPunct = (value: string) => {
    if (!isPunct(value)) syntaxError(text, here());
    pos++;
  };
  let depth = 0;
  const enter = () => {
    if (++depth > MAX_DEPTH)
      throw graphError.badRequest(
        `Invalid filter clause: the expression is nested more than ${String(MAX_DEPTH)} levels deep.`,
      );
  };

  function literal(): { value: Literal; type: LiteralType } {
    const token = peek();
    if (!token || token.type === 'punct') return syntaxError(text, here());
    pos++;
    if (token.type === 'string') return { value: token.value, type: 'Edm.String' };
    const v = token.value;
    if (v === 'null') return { value: null, type: null };
    if (v === 'true' || v === 'false') return { value: v === 'true', type: 'Edm.Boolean' };
    if (GUID.test(v)) return { value: v, type: 'Edm.Guid' };
    if (DATE_TIME.test(v))
      return Number.isNaN(Date.parse(v))
        ? syntaxError(text, token.at)
        : { value: v, type: 'Edm.DateTimeOffset' };
    if (NUMBER.test(v)) return { value: Number(v), type: 'Edm.Double' };
    return syntaxError(text, token.at);
  }

  function path(): Path {
    const first = peek();
    if (first?.type !== 'word' || !/^[A-Za-z_$][\w$]*$/.test(first.value))
      return syntaxError(text, here());
    pos++;
    const segments = [first.value];
    while (isPunct('/')) {
      const next = tokens[pos + 1];
      if (next?.type !== 'word') syntaxError(text, here());
      if (next.value === 'any' || next.value === 'all') break;
      pos += 2;
      segments.push(next.value);
    }
    return { segments, at: first.at };
  }

  function functionCall(name: 'startswith' | 'endswith'): FilterExpr {
    pos++;
    expectPunct('(');
    const target = path();
    expectPunct(',');
    const { value, type } = literal();
    if (typeof value !== 'string') syntaxError(text, here());
    expectPunct(')');
    return { kind: 'function', name, path: target, value, valueType: type };
  }

  function primary(): FilterExpr {
    const token = peek();
    if (!token) return syntaxError(text, text.length);
    if (isPunct('(')) {
      pos++;
      const inner = orExpr();
      expectPunct(')');
      return inner;
    }
    if (
      token.type === 'word' &&
      tokens[pos + 1]?.type === 'punct' &&
      (tokens[pos + 1] as Token).value === '('
    ) {
      const name = token.value.toLowerCase();
      if (name === 'startswith' || name === 'endswith') return functionCall(name);
      throw graphError.unsupportedQuery(`Unsupported function '${token.value}' in filter clause.`);
    }
    const target = path();
    if (isPunct('/')) {
      pos++;
      const quantifier = peek();
      if (quantifier?.type !== 'word' || (quantifier.value !== 'any' && quantifier.value !== 'all'))
        return syntaxError(text, here());
      pos++;
      expectPunct('(');
      const variable = peek();
      if (variable?.type !== 'word') return syntaxError(text, here());
      pos++;
      expectPunct(':');
      const body = orExpr();
      expectPunct(')');
      return {
        kind: 'lambda',
        quantifier: quantifier.value,
        path: target,
        variable: variable.value,
        body,
      };
    }
    const op = peek();
    if (op?.type !== 'word') return syntaxError(text, here());
    if (op.value === 'in') {
      pos++;
      expectPunct('(');
      const items = [literal()];
      while (isPunct(',')) {
        pos++;
        items.push(literal());
      }
      expectPunct(')');
      return {
        kind: 'in',
        path: target,
        values: items.map((i) => i.value),
        valueTypes: items.map((i) => i.type),
      };
    }
    if (!COMPARISONS.has(op.value)) {
      if (['has', 'add', 'sub', 'mul', 'div', 'mod'].includes(op.value))
        throw graphError.unsupportedQuery();
      return syntaxError(text, op.at);
    }
    pos++;
    const { value, type } = literal();
    const last = target.segments.at(-1);
    if (last === '$count') {
      if (typeof value !== 'number') return syntaxError(text, here());
      return {
        kind: 'count',
        path: { segments: target.segments.slice(0, -1), at: target.at },
        op: op.value as ComparisonOp,
        value,
      };
    }
    return { kind: 'compare', op: op.value as ComparisonOp, path: target, value, valueType: type };
  }

  function notExpr(): FilterExpr {
    if (isWord('not')) {
      pos++;
      enter();
      const expr = notExpr();
      depth--;
      return { kind: 'not', expr };
    }
    return primary();
  }

  function andExpr(): FilterExpr {
    let left = notExpr();
    while (isWord('and')) {
      pos++;
      left = { kind: 'and', left, right: notExpr() };
    }
    return left;
  }

  function orExpr(): FilterExpr {
    enter();
    let left = andExpr();
    while (isWord('or')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    depth--;
    return left;
  }

  if (text.trim() === '') syntaxError(text, 0);
  const expr = orExpr();
  if (!atEnd()) syntaxError(text, here());
  return expr;
}
