/**
 * The parser's hold on the token list: where it is, how deep it nests, and how it stops at the
 * first error (a `ParseFailure` carrying the diagnostic). The grammar (`parser.ts`) and the values
 * (`parse-values.ts`) read tokens only through it.
 */
import {
  span,
  tokenText,
  type RuleDiagnostic,
  type RuleDiagnosticArgs,
  type RuleDiagnosticCode,
  type Span,
  type Token,
} from './tokens';

/** Deepest nesting of parentheses, `-not` and quantifiers the parser accepts. */
export const MAX_NESTING = 100;

/** Thrown inside the parser only; `atEnd` says the parser had run out of tokens. */
export class ParseFailure extends Error {
  constructor(
    readonly diagnostic: RuleDiagnostic,
    readonly atEnd: boolean,
  ) {
    super(diagnostic.message);
  }
}

/** Whether `token` is the bare word `word` (any case). */
export function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'path' && token.text.toLowerCase() === word;
}

/** A position in the tokens (the last is always `eof`) and the nesting depth so far. */
export abstract class TokenCursor {
  protected index = 0;
  protected depth = 0;
  private sawEnd = false;

  constructor(
    protected readonly tokens: readonly Token[],
    protected readonly text: string,
  ) {}

  protected peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token)
      throw new ParseFailure(
        { code: 'internal', message: 'No tokens.', span: span(0), args: {} },
        true,
      );
    return token;
  }

  protected next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    if (token.kind === 'eof') this.sawEnd = true;
    return token;
  }

  protected previousSpan(): Span {
    return this.tokens[this.index - 1]?.span ?? span(0);
  }

  protected fail(diagnostic: RuleDiagnostic): never {
    throw new ParseFailure(diagnostic, this.sawEnd || this.peek().kind === 'eof');
  }

  protected error(
    code: RuleDiagnosticCode,
    message: string,
    at: Span,
    args: RuleDiagnosticArgs = {},
  ): never {
    this.fail({ code, message, span: at, args });
  }

  /** The text of a token as written, `''` at the end of the rule. */
  protected found(token: Token): string {
    return tokenText(token, this.text);
  }

  protected enter(at: Span): void {
    this.depth += 1;
    if (this.depth > MAX_NESTING)
      this.error(
        'too-deeply-nested',
        `The rule nests parentheses, -not or -any/-all more than ${String(MAX_NESTING)} levels deep.`,
        at,
        { max: MAX_NESTING },
      );
  }
}
