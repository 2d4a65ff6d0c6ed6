import { lookupOperator } from './properties';
import {
  span,
  type Duration,
  type RuleDiagnostic,
  type RuleDiagnosticArgs,
  type RuleDiagnosticCode,
  type Token,
} from './tokens';

/**
 * Turns rule text into tokens. Accepts what the documentation and real rules write: operators with
 * or without the leading `-` and in any case; an EN DASH, EM DASH or MINUS SIGN in place of the
 * hyphen; strings in "double" (`" escapes a quote, `` escapes a backtick) or 'single' quotes ('' escapes);
 * typographic double quotes “ ” and single quotes ‘ ’; `null`/`$null`; `true`/`false`; numbers;
 * ISO date-times; ISO durations (`p1d`); dotted names.
 */

/** Result of lexing. Invariant: on success the last token is `eof`; on failure `error` says where. */
export type LexResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: RuleDiagnostic; readonly tokens: readonly Token[] };

const DASHES = new Set(['-', '\u2013', '\u2014', '\u2212']);
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019']);
const WORD_START = /[A-Za-z_$]/;
const WORD_CHAR = /[A-Za-z0-9_]/;
const PATH = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]*)*/y;
const DATE_TIME_BODY = String.raw`\d{4}-\d{2}-\d{2}(?:[Tt]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?`;
const DATE_TIME = new RegExp(`${DATE_TIME_BODY}(?![A-Za-z0-9_])`, 'y');
const DATE_TIME_EXACT = new RegExp(`^${DATE_TIME_BODY}$`);
const NUMBER = /-?\d+(?:\.\d+)?(?![A-Za-z0-9_.])/y;
const DURATION =
  /^[Pp](?:(\d+)[Yy])?(?:(\d+)[Mm])?(?:(\d+)[Ww])?(?:(\d+)[Dd])?(?:[Tt](?:(\d+)[Hh])?(?:(\d+)[Mm])?(?:(\d+(?:\.\d+)?)[Ss])?)?$/;
const WHITESPACE = /\s/;

/** Parses an ISO 8601 duration word; undefined unless it has at least one component. */
export function parseDuration(word: string): Duration | undefined {
  const m = DURATION.exec(word);
  if (!m?.slice(1).some((g) => g)) return undefined;
  if (/[Tt]$/.test(word)) return undefined;
  const n = (i: number): number => Number(m[i] ?? 0);
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

/** Parses an ISO date or date-time (the whole text); a value without offset is read as UTC. NaN when invalid. */
export function parseDateTime(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m || !DATE_TIME_EXACT.test(text)) return Number.NaN;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate())
    return Number.NaN;
  const hasTime = text.length > 10;
  const zoned = /(?:[Zz]|[+-]\d{2}:\d{2})$/.test(text);
  const iso = !hasTime ? `${text}T00:00:00Z` : zoned ? text : `${text}Z`;
  return Date.parse(iso.toUpperCase());
}

function error(
  code: RuleDiagnosticCode,
  message: string,
  start: number,
  end: number,
  args: RuleDiagnosticArgs = {},
): RuleDiagnostic {
  return { code, message, span: span(start, end), args };
}

interface Cursor {
  pos: number;
}

function readQuoted(text: string, cur: Cursor): Token | RuleDiagnostic {
  const start = cur.pos;
  const quote = text.charAt(start);
  const double = DOUBLE_QUOTES.has(quote);
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (double) {
      if (
        c === '`' &&
        i + 1 < text.length &&
        (DOUBLE_QUOTES.has(text.charAt(i + 1)) || text.charAt(i + 1) === '`')
      ) {
        value += text.charAt(i + 1);
        i += 2;
        continue;
      }
      if (DOUBLE_QUOTES.has(c)) {
        cur.pos = i + 1;
        return { kind: 'string', value, span: span(start, i + 1) };
      }
    } else if (SINGLE_QUOTES.has(c)) {
      if (text.charAt(i + 1) === "'" && c === "'") {
        value += "'";
        i += 2;
        continue;
      }
      cur.pos = i + 1;
      return { kind: 'string', value, span: span(start, i + 1) };
    }
    value += c;
    i += 1;
  }
  const closer = double ? '"' : "'";
  return error(
    'unterminated-string',
    `The text starting with ${quote} is never closed: add a closing ${closer}.`,
    start,
    text.length,
    { quote, closer },
  );
}

function readDashed(text: string, cur: Cursor): Token | RuleDiagnostic {
  const start = cur.pos;
  NUMBER.lastIndex = start;
  const num = text.charAt(start) === '-' ? NUMBER.exec(text) : null;
  if (num) {
    cur.pos = start + num[0].length;
    return { kind: 'number', value: Number(num[0]), span: span(start, cur.pos) };
  }
  let i = start + 1;
  while (i < text.length && /[A-Za-z]/.test(text.charAt(i))) i += 1;
  const word = text.slice(start + 1, i);
  const info = word === '' ? undefined : lookupOperator(word);
  if (!info || WORD_CHAR.test(text.charAt(i))) {
    while (i < text.length && WORD_CHAR.test(text.charAt(i))) i += 1;
    const raw = text.slice(start, i);
    const message =
      word === ''
        ? `A lone '${text.charAt(start)}' is not an operator: write an operator such as -eq or -and.`
        : `Unknown operator ${raw}. Operators are -eq, -ne, -startsWith, -notStartsWith, -endsWith, -notEndsWith, -contains, -notContains, -match, -notMatch, -in, -notIn, -le, -ge, -any, -all, -and, -or, -not.`;
    return error(
      'unknown-operator',
      message,
      start,
      Math.max(i, start + 1),
      word === ''
        ? { variant: 'lone', char: text.charAt(start) }
        : { variant: 'unknown', operator: raw },
    );
  }
  cur.pos = i;
  return { kind: 'operator', op: info.name, hyphen: true, span: span(start, i) };
}

function readWord(text: string, cur: Cursor): Token | RuleDiagnostic {
  const start = cur.pos;
  if (text.charAt(start) === '$') {
    if (
      text.slice(start + 1, start + 5).toLowerCase() === 'null' &&
      !WORD_CHAR.test(text.charAt(start + 5))
    ) {
      cur.pos = start + 5;
      return { kind: 'null', span: span(start, cur.pos) };
    }
    return error(
      'unexpected-character',
      `Unexpected '$' at character ${String(start + 1)}: only $null is accepted.`,
      start,
      start + 1,
      { variant: 'dollar', position: start + 1 },
    );
  }
  PATH.lastIndex = start;
  const raw = (PATH.exec(text) ?? [''])[0];
  const end = start + raw.length;
  cur.pos = end;
  const segments = raw.split('.');
  if (segments.some((s) => s === '')) {
    return error(
      'incomplete-property',
      `'${raw}' is incomplete: a property name must follow each dot, e.g. user.department.`,
      start,
      end,
      { property: raw },
    );
  }
  const next = text.charAt(end);
  if (DASHES.has(next) && /[A-Za-z]/.test(text.charAt(end + 1))) {
    return error(
      'missing-space',
      `Put a space between '${raw}' and the operator that follows it.`,
      start,
      end + 1,
      { property: raw },
    );
  }
  const s = span(start, end);
  if (segments.length === 1) {
    const lower = raw.toLowerCase();
    if (lower === 'null') return { kind: 'null', span: s };
    if (lower === 'true' || lower === 'false')
      return { kind: 'boolean', value: lower === 'true', span: s };
    const duration = parseDuration(raw);
    if (duration) return { kind: 'duration', text: raw, duration, span: s };
    const info = lookupOperator(raw);
    if (info) return { kind: 'operator', op: info.name, hyphen: false, span: s };
  }
  return { kind: 'path', text: raw, segments, span: s };
}

function readNumberOrDate(text: string, cur: Cursor): Token | RuleDiagnostic {
  const start = cur.pos;
  DATE_TIME.lastIndex = start;
  const date = DATE_TIME.exec(text);
  if (date) {
    const epochMs = parseDateTime(date[0]);
    cur.pos = start + date[0].length;
    if (Number.isNaN(epochMs))
      return error('invalid-date', `'${date[0]}' is not a valid date-time.`, start, cur.pos, {
        value: date[0],
      });
    return { kind: 'dateTime', text: date[0], epochMs, span: span(start, cur.pos) };
  }
  NUMBER.lastIndex = start;
  const num = NUMBER.exec(text);
  if (num) {
    cur.pos = start + num[0].length;
    return { kind: 'number', value: Number(num[0]), span: span(start, cur.pos) };
  }
  let i = start;
  while (i < text.length && /[A-Za-z0-9_.:+-]/.test(text.charAt(i))) i += 1;
  return error(
    'invalid-value',
    `'${text.slice(start, i)}' is not a number or a date-time (dates are written 2020-06-10T18:13:20Z).`,
    start,
    i,
    { value: text.slice(start, i) },
  );
}

/** Lexes the whole text. Never throws; stops at the first error. */
export function lex(text: string): LexResult {
  const tokens: Token[] = [];
  const cur: Cursor = { pos: 0 };
  while (cur.pos < text.length) {
    const c = text.charAt(cur.pos);
    if (WHITESPACE.test(c)) {
      cur.pos += 1;
      continue;
    }
    let token: Token | RuleDiagnostic;
    if (c === '(' || c === ')' || c === '[' || c === ']' || c === ',') {
      token = { kind: 'punct', char: c, span: span(cur.pos, cur.pos + 1) };
      cur.pos += 1;
    } else if (DOUBLE_QUOTES.has(c) || SINGLE_QUOTES.has(c)) token = readQuoted(text, cur);
    else if (DASHES.has(c)) token = readDashed(text, cur);
    else if (c >= '0' && c <= '9') token = readNumberOrDate(text, cur);
    else if (WORD_START.test(c)) token = readWord(text, cur);
    else {
      const code = c.codePointAt(0) ?? 0;
      const shown =
        code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
      token = error(
        'unexpected-character',
        `Unexpected character ${shown} at character ${String(cur.pos + 1)}.`,
        cur.pos,
        cur.pos + 1,
        { variant: 'character', char: code < 0x20 ? shown : c, position: cur.pos + 1 },
      );
    }
    if ('code' in token) return { ok: false, error: token, tokens };
    tokens.push(token);
  }
  tokens.push({ kind: 'eof', span: span(text.length) });
  return { ok: true, tokens };
}
