/**
 * The values a comparison is made with: strings, numbers, booleans, null, dates, lists of them
 * (`[...]`), and `system.now` with its `-plus`/`-minus` durations.
 */
import type { NowAdjustment, Value } from './ast';
import { TokenCursor } from './token-cursor';
import { describeToken, span, type Token } from './tokens';

/** Reads the value after a comparison operator. */
export abstract class ValueParser extends TokenCursor {
  protected value(after: Token): Value {
    const token = this.next();
    const opText = describeToken(after, this.text);
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.value, span: token.span };
      case 'number':
        return { kind: 'number', value: token.value, span: token.span };
      case 'boolean':
        return { kind: 'boolean', value: token.value, span: token.span };
      case 'null':
        return { kind: 'null', span: token.span };
      case 'dateTime':
        return { kind: 'dateTime', text: token.text, epochMs: token.epochMs, span: token.span };
      case 'punct':
        if (token.char === '[') return this.array(token);
        break;
      case 'path':
        if (token.text.toLowerCase() === 'system.now') return this.now(token);
        return this.error(
          'unquoted-value',
          token.segments.length > 1
            ? `${describeToken(token, this.text)} can't be a value: comparing two properties isn't supported; use a constant such as "Sales".`
            : `Put the text in double quotes: "${token.text}". Only numbers, true, false, null and dates may be written without quotes.`,
          token.span,
          token.segments.length > 1
            ? { variant: 'property', found: this.found(token) }
            : { variant: 'text', text: token.text },
        );
      case 'duration':
        return this.error(
          'unexpected-duration',
          `A duration such as ${token.text} is only valid after system.now -plus or -minus.`,
          token.span,
          { duration: token.text },
        );
      case 'eof':
        return this.error('expected-value', `Expected a value after ${opText}.`, after.span, {
          operator: this.found(after),
          found: '',
        });
      case 'operator':
        break;
    }
    return this.error(
      'expected-value',
      `Expected a value after ${opText}, found ${describeToken(token, this.text)}.`,
      token.span,
      { operator: this.found(after), found: this.found(token) },
    );
  }

  protected array(open: Token): Value {
    const items: Value[] = [];
    if (this.peek().kind === 'punct' && (this.peek() as Token & { kind: 'punct' }).char === ']') {
      const close = this.next();
      return { kind: 'array', items, span: span(open.span.start, close.span.end) };
    }
    for (;;) {
      const token = this.peek();
      if (token.kind === 'punct' && token.char === '[')
        this.error('nested-array', "Lists can't contain lists.", token.span);
      if (token.kind === 'eof') this.unclosed(open);
      items.push(this.value(items.length === 0 ? open : (this.tokens[this.index - 1] ?? open)));
      const sep = this.next();
      if (sep.kind === 'punct' && sep.char === ']')
        return { kind: 'array', items, span: span(open.span.start, sep.span.end) };
      if (sep.kind === 'eof') this.unclosed(open);
      if (sep.kind !== 'punct' || sep.char !== ',')
        this.error(
          'expected-comma',
          `Expected ',' or ']' in the list, found ${describeToken(sep, this.text)}.`,
          sep.span,
          { found: this.found(sep) },
        );
    }
  }

  /** A list whose '[' the rule never closes. */
  private unclosed(open: Token): never {
    return this.error(
      'unbalanced-bracket',
      `The '[' at character ${String(open.span.start + 1)} is never closed: add ']'.`,
      open.span,
      { position: open.span.start + 1 },
    );
  }

  protected now(token: Token): Value {
    const adjustments: NowAdjustment[] = [];
    for (;;) {
      const op = this.peek();
      if (op.kind !== 'operator' || (op.op !== 'plus' && op.op !== 'minus')) break;
      this.next();
      const duration = this.next();
      if (duration.kind !== 'duration') {
        this.error(
          'expected-duration',
          `Expected an ISO 8601 duration such as p1d or pt12h after ${describeToken(op, this.text)}.`,
          duration.kind === 'eof' ? op.span : duration.span,
          { operator: this.found(op), found: this.found(duration) },
        );
      }
      adjustments.push({
        sign: op.op === 'plus' ? 1 : -1,
        duration: duration.duration,
        span: span(op.span.start, duration.span.end),
      });
    }
    return { kind: 'now', adjustments, span: span(token.span.start, this.previousSpan().end) };
  }
}
