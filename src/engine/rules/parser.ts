import type { DirectReportsRule, Expr, PropertyRef, RuleAst } from './ast';
import { lex } from './lexer';
import { ValueParser } from './parse-values';
import { ParseFailure, isWord } from './token-cursor';
import {
  describeToken,
  span,
  type ComparisonOperator,
  type RuleDiagnostic,
  type Span,
  type Token,
} from './tokens';

/**
 * Recursive-descent parser for the grammar of research section 5.10, with the precedence of 5.3:
 * comparisons bind tightest, then `-not`, then `-and`, then `-or`; `-any`/`-all` take the property
 * before them and either a parenthesised expression or one bare comparison after them.
 * Stops at the first error (no recovery); the diagnostic names what was expected and found.
 */

/** Parse outcome. Invariant: `ok: false` always has at least one diagnostic. */
export type ParseResult =
  | { readonly ok: true; readonly ast: RuleAst }
  | { readonly ok: false; readonly diagnostics: readonly RuleDiagnostic[] };

export { MAX_NESTING } from './token-cursor';

const COMPARISONS = new Set<string>([
  'eq',
  'ne',
  'startsWith',
  'notStartsWith',
  'endsWith',
  'notEndsWith',
  'contains',
  'notContains',
  'match',
  'notMatch',
  'in',
  'notIn',
  'le',
  'ge',
]);

class Parser extends ValueParser {
  rule(): RuleAst {
    if (isWord(this.peek(), 'direct')) return { text: this.text, root: this.directReports() };
    const root = this.or();
    const next = this.peek();
    if (next.kind !== 'eof') this.fail(this.unexpectedAfterExpression(next));
    return { text: this.text, root };
  }

  private directReports(): DirectReportsRule {
    const first = this.next();
    const reports = this.next();
    const forWord = this.next();
    const id = this.next();
    if (!isWord(reports, 'reports') || !isWord(forWord, 'for') || id.kind !== 'string') {
      this.error(
        'invalid-direct-reports',
        'Write a Direct Reports rule as: Direct Reports for "<object id of the manager>".',
        span(first.span.start, id.span.end),
      );
    }
    const rest = this.peek();
    if (rest.kind !== 'eof') {
      this.error(
        'direct-reports-combined',
        "A Direct Reports rule can't be combined with other expressions: it must be the whole rule.",
        span(rest.span.start, this.text.length),
      );
    }
    return {
      kind: 'directReports',
      managerId: id.value,
      managerIdSpan: id.span,
      span: span(first.span.start, id.span.end),
    };
  }

  private or(): Expr {
    const operands = [this.and()];
    while (this.peekOperator('or')) {
      this.next();
      operands.push(this.and());
    }
    return this.nary('or', operands);
  }

  private and(): Expr {
    const operands = [this.not()];
    while (this.peekOperator('and')) {
      this.next();
      operands.push(this.not());
    }
    return this.nary('and', operands);
  }

  private nary(kind: 'and' | 'or', operands: Expr[]): Expr {
    const first = operands[0];
    const last = operands[operands.length - 1];
    if (!first || !last) return this.error('internal', 'Empty expression.', this.previousSpan());
    if (operands.length === 1) return first;
    return { kind, operands, span: span(first.span.start, last.span.end) };
  }

  private peekOperator(op: string): boolean {
    const token = this.peek();
    return token.kind === 'operator' && token.op === op;
  }

  private not(): Expr {
    const token = this.peek();
    if (token.kind === 'operator' && token.op === 'not') {
      this.next();
      this.enter(token.span);
      const operand = this.not();
      this.depth -= 1;
      return { kind: 'not', operand, span: span(token.span.start, operand.span.end) };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.next();
    if (token.kind === 'punct' && token.char === '(') {
      this.enter(token.span);
      const inner = this.or();
      const close = this.closeParen(token);
      this.depth -= 1;
      return { ...inner, span: span(token.span.start, close.end) };
    }
    if (token.kind === 'path') {
      if (isWord(token, 'direct') && isWord(this.peek(), 'reports')) {
        this.error(
          'direct-reports-combined',
          "A Direct Reports rule can't be combined with other expressions: it must be the whole rule.",
          token.span,
        );
      }
      return this.propertyExpression(token);
    }
    if (token.kind === 'eof') {
      const before = this.previousSpan();
      const after = this.text.slice(before.start, before.end);
      if (!after)
        return this.error(
          'empty-rule',
          'The rule is empty: write a condition such as user.department -eq "Sales".',
          this.tokens.length > 1 ? before : token.span,
        );
      return this.error(
        'expected-expression',
        `The rule ends after '${after}': a condition such as user.department -eq "Sales" must follow.`,
        before,
        { variant: 'endsAfter', after },
      );
    }
    if (token.kind === 'punct' && token.char === ')')
      return this.error(
        'unbalanced-parenthesis',
        "Unexpected ')': there is no '(' for it to close.",
        token.span,
        { variant: 'unexpectedClose' },
      );
    return this.error(
      'expected-expression',
      `Expected a condition such as user.department -eq "Sales", found ${describeToken(token, this.text)}.`,
      token.span,
      { variant: 'found', found: this.found(token) },
    );
  }

  private closeParen(open: Token): Span {
    const token = this.peek();
    if (token.kind === 'punct' && token.char === ')') {
      this.next();
      return token.span;
    }
    if (token.kind === 'eof')
      this.error(
        'unbalanced-parenthesis',
        `The '(' at character ${String(open.span.start + 1)} is never closed: add ')'.`,
        open.span,
        { variant: 'neverClosed', position: open.span.start + 1 },
      );
    return this.fail(this.unexpectedAfterExpression(token));
  }

  private unexpectedAfterExpression(token: Token): RuleDiagnostic {
    if (token.kind === 'punct' && token.char === ')') {
      return {
        code: 'unbalanced-parenthesis',
        message: "Unexpected ')': there is no '(' for it to close.",
        span: token.span,
        args: { variant: 'unexpectedClose' },
      };
    }
    if ((token.kind === 'punct' && token.char === '(') || token.kind === 'path') {
      return {
        code: 'missing-logical-operator',
        message: `Expected -and or -or before ${describeToken(token, this.text)}: conditions must be joined by a logical operator.`,
        span: token.span,
        args: { found: this.found(token) },
      };
    }
    return {
      code: 'unexpected-token',
      message: `Unexpected ${describeToken(token, this.text)}: expected -and, -or or the end of the rule.`,
      span: token.span,
      args: { found: this.found(token) },
    };
  }

  private propertyExpression(pathToken: Token & { kind: 'path' }): Expr {
    const property: PropertyRef = {
      kind: 'property',
      path: pathToken.text,
      segments: pathToken.segments,
      span: pathToken.span,
    };
    const opToken = this.next();
    const where = `'${pathToken.text}'`;
    if (opToken.kind !== 'operator') {
      const message =
        opToken.kind === 'eof'
          ? `Expected an operator such as -eq after ${where}.`
          : `Expected an operator such as -eq between ${where} and ${describeToken(opToken, this.text)}.`;
      return this.error(
        'expected-operator',
        message,
        opToken.kind === 'eof' ? pathToken.span : opToken.span,
        opToken.kind === 'eof'
          ? { variant: 'end', property: pathToken.text }
          : { variant: 'between', property: pathToken.text, found: this.found(opToken) },
      );
    }
    if (opToken.op === 'any' || opToken.op === 'all') {
      this.enter(opToken.span);
      const open = this.peek();
      let predicate: Expr;
      if (open.kind === 'punct' && open.char === '(') {
        this.next();
        predicate = this.or();
        this.closeParen(open);
      } else {
        const item = this.next();
        if (item.kind !== 'path') {
          return this.error(
            'expected-expression',
            `Expected a condition such as (_ -startsWith "x") after -${opToken.op}, found ${describeToken(item, this.text)}.`,
            item.kind === 'eof' ? opToken.span : item.span,
            { variant: 'quantifier', operator: `-${opToken.op}`, found: this.found(item) },
          );
        }
        predicate = this.propertyExpression(item);
      }
      this.depth -= 1;
      const end = this.previousSpan().end;
      return {
        kind: 'collection',
        property,
        quantifier: opToken.op,
        quantifierSpan: opToken.span,
        predicate,
        span: span(pathToken.span.start, end),
      };
    }
    if (opToken.op === 'not') {
      const following = this.peek();
      const withNull = following.kind === 'null';
      return this.error(
        withNull ? 'not-with-null' : 'not-as-comparison',
        withNull
          ? `-not can't be used to compare with null: write ${pathToken.text} -ne null.`
          : `-not is a logical operator and can't compare ${where} with a value: use -ne, -notContains, -notIn and the like.`,
        opToken.span,
        { property: pathToken.text },
      );
    }
    if (!COMPARISONS.has(opToken.op)) {
      return this.error(
        'expected-operator',
        `Expected a comparison operator such as -eq after ${where}, found ${describeToken(opToken, this.text)}.`,
        opToken.span,
        { variant: 'comparison', property: pathToken.text, found: this.found(opToken) },
      );
    }
    const value = this.value(opToken);
    return {
      kind: 'comparison',
      property,
      operator: opToken.op as ComparisonOperator,
      operatorSpan: opToken.span,
      value,
      span: span(pathToken.span.start, value.span.end),
    };
  }
}

/** Parses rule text into an AST. Never throws. */
export function parseRule(text: string): ParseResult {
  const lexed = lex(text);
  // On a lexical error, parse the tokens before it: a syntax error earlier in the text is reported first.
  const tokens = lexed.ok
    ? lexed.tokens
    : [...lexed.tokens, { kind: 'eof' as const, span: lexed.error.span }];
  try {
    const ast = new Parser(tokens, text).rule();
    return lexed.ok ? { ok: true, ast } : { ok: false, diagnostics: [lexed.error] };
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    const first =
      !lexed.ok && (e.atEnd || lexed.error.span.start <= e.diagnostic.span.start)
        ? lexed.error
        : e.diagnostic;
    return { ok: false, diagnostics: [first] };
  }
}
