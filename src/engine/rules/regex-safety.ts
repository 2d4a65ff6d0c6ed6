/**
 * Decides whether a `-match` pattern is safe to run with the JavaScript backtracking engine on
 * every user of a tenant. The rule (also in README.md):
 *
 * 1. The pattern is at most {@link MAX_PATTERN_LENGTH} characters and compiles as a JavaScript
 *    regular expression with the `i` flag.
 * 2. No backreferences (`\1`, `\k<name>`) and no lookarounds (`(?=`, `(?!`, `(?<=`, `(?<!`).
 * 3. A group repeated more than once (`*`, `+`, `{n,m}` with m > 1) contains no quantifier, and if
 *    it has alternatives they are plain text starting with pairwise different letters
 *    (`(ab|cd)+` is fine; `(a+)+`, `(.*)*`, `(a|a)*`, `(\w|\d)+` are not). This rules out
 *    exponential backtracking.
 * 4. A leading `.*` and a trailing `.*` are dropped (they never change whether an unanchored
 *    search matches). Then the worst-case backtracking cost is estimated as the product of the
 *    choices each quantifier offers (unbounded = {@link MAX_SUBJECT_LENGTH}, `{n,m}` = m - n + 1),
 *    summed over alternatives, times {@link MAX_SUBJECT_LENGTH} start positions unless every
 *    alternative starts with `^`. It must not exceed {@link BACKTRACK_BUDGET} (= subject cap
 *    squared): one unbounded repetition in an unanchored pattern, or two in an anchored one.
 *    This rules out polynomial blow-ups such as `\s*\s*\s*x` or `.*a.*b.*c`.
 *
 * The evaluator searches at most the first {@link MAX_SUBJECT_LENGTH} characters of a value
 * (extension attributes are capped at 1,024 characters by Graph, most attributes far lower).
 */

/** Longest pattern accepted, in UTF-16 code units. */
export const MAX_PATTERN_LENGTH = 256;

/** Characters of a value that `-match` searches. */
export const MAX_SUBJECT_LENGTH = 1024;

/** Upper bound on estimated backtracking steps per evaluation. */
export const BACKTRACK_BUDGET = MAX_SUBJECT_LENGTH * MAX_SUBJECT_LENGTH;

/** Verdict on a pattern. On success `source` is the pattern to compile (leading/trailing `.*` dropped). */
export type PatternVerdict =
  | { readonly ok: true; readonly source: string }
  | {
      readonly ok: false;
      readonly code: 'invalid-regex' | 'unsafe-regex';
      readonly message: string;
      /** The facts of the message, for wording it in another language (see `RuleDiagnostic`). */
      readonly args: Readonly<Record<string, string | number>>;
    };

interface Quant {
  readonly min: number;
  readonly max: number;
}
interface Item {
  readonly atom: Atom;
  readonly quant: Quant | null;
  readonly start: number;
  readonly end: number;
}
type Atom =
  | { readonly type: 'char'; readonly char: string }
  | { readonly type: 'set' } // class, escape class or dot
  | { readonly type: 'dot' }
  | { readonly type: 'anchor'; readonly char: '^' | '$' }
  | { readonly type: 'group'; readonly branches: readonly Item[][] };

/** Why a pattern is refused: `variant` names the case for readers that word it themselves. */
class Unsafe extends Error {
  constructor(
    readonly variant:
      'backreference' | 'lookaround' | 'nestedQuantifier' | 'overlappingAlternatives',
    message: string,
  ) {
    super(message);
  }
}

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B']);

function parseQuant(p: string, i: number): { quant: Quant; next: number } | null {
  const c = p.charAt(i);
  let quant: Quant | null = null;
  let next = i + 1;
  if (c === '*') quant = { min: 0, max: Infinity };
  else if (c === '+') quant = { min: 1, max: Infinity };
  else if (c === '?') quant = { min: 0, max: 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    const max =
      m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    quant = { min, max };
    next = i + m[0].length;
  }
  if (!quant) return null;
  if (p.charAt(next) === '?') next += 1;
  return { quant, next };
}

function parseBranches(p: string, pos: { i: number }): Item[][] {
  const branches: Item[][] = [[]];
  while (pos.i < p.length) {
    const start = pos.i;
    const c = p.charAt(start);
    if (c === ')') break;
    if (c === '|') {
      branches.push([]);
      pos.i += 1;
      continue;
    }
    let atom: Atom;
    if (c === '\\') {
      const e = p.charAt(start + 1);
      if (/[1-9]/.test(e) || e === 'k')
        throw new Unsafe(
          'backreference',
          'Backreferences (\\1, \\k<name>) are not supported in -match patterns.',
        );
      atom =
        CLASS_ESCAPES.has(e) || /[a-zA-Z]/.test(e) ? { type: 'set' } : { type: 'char', char: e };
      pos.i += 2;
      if (e === 'x') pos.i += 2;
      else if (e === 'u') pos.i += 4;
      else if (e === 'c') pos.i += 1;
    } else if (c === '[') {
      let j = start + 1;
      if (p.charAt(j) === '^') j += 1;
      if (p.charAt(j) === ']') j += 1;
      while (j < p.length && p.charAt(j) !== ']') j += p.charAt(j) === '\\' ? 2 : 1;
      pos.i = j + 1;
      atom = { type: 'set' };
    } else if (c === '(') {
      const head = p.slice(start, start + 4);
      if (/^\(\?(?:=|!|<=|<!)/.test(head))
        throw new Unsafe(
          'lookaround',
          'Lookarounds ((?=, (?!, (?<=, (?<!) are not supported in -match patterns.',
        );
      pos.i += head.startsWith('(?:') ? 3 : 1;
      if (head.startsWith('(?<')) pos.i = p.indexOf('>', start) + 1;
      const inner = parseBranches(p, pos);
      pos.i += 1; // ')'
      atom = { type: 'group', branches: inner };
    } else if (c === '^' || c === '$') {
      atom = { type: 'anchor', char: c };
      pos.i += 1;
    } else if (c === '.') {
      atom = { type: 'dot' };
      pos.i += 1;
    } else {
      atom = { type: 'char', char: c };
      pos.i += 1;
    }
    const q = parseQuant(p, pos.i);
    if (q) pos.i = q.next;
    const branch = branches[branches.length - 1];
    branch?.push({ atom, quant: q?.quant ?? null, start, end: pos.i });
  }
  return branches;
}

function hasQuantifier(branches: readonly Item[][]): boolean {
  return branches.some((b) =>
    b.some(
      (it) => it.quant !== null || (it.atom.type === 'group' && hasQuantifier(it.atom.branches)),
    ),
  );
}

/** Plain-text alternatives with pairwise different (case-folded) first characters. */
function disjointLiterals(branches: readonly Item[][]): boolean {
  if (branches.length < 2) return true;
  const firsts = new Set<string>();
  for (const branch of branches) {
    const first = branch[0];
    if (!first || !branch.every((it) => it.atom.type === 'char')) return false;
    if (first.atom.type !== 'char') return false;
    firsts.add(first.atom.char.toLowerCase());
  }
  return firsts.size === branches.length;
}

function cost(branches: readonly Item[][]): number {
  let total = 0;
  for (const branch of branches) {
    let product = 1;
    for (const item of branch) {
      const { atom, quant } = item;
      if (atom.type === 'group' && quant !== null && quant.max > 1) {
        if (hasQuantifier(atom.branches))
          throw new Unsafe(
            'nestedQuantifier',
            `The repeated group '(…)' contains another quantifier (as in (a+)+): this can take exponential time.`,
          );
        if (!disjointLiterals(atom.branches))
          throw new Unsafe(
            'overlappingAlternatives',
            'A repeated group has alternatives that are not plain text starting with different characters (as in (a|a)* or (\\w|\\d)+): this can take exponential time.',
          );
      }
      const inner =
        atom.type === 'group' && !(quant !== null && quant.max > 1) ? cost(atom.branches) : 1;
      const width =
        quant === null
          ? 1
          : quant.max === Infinity
            ? MAX_SUBJECT_LENGTH
            : quant.max - quant.min + 1;
      product = Math.min(product * inner * width, Number.MAX_SAFE_INTEGER);
    }
    total = Math.min(total + product, Number.MAX_SAFE_INTEGER);
  }
  return total;
}

function isDotStar(item: Item | undefined): boolean {
  return (
    item?.atom.type === 'dot' &&
    item.quant !== null &&
    item.quant.min === 0 &&
    item.quant.max === Infinity
  );
}

/** Checks a `-match` pattern against the safety rule above. Never throws. */
export function checkPattern(pattern: string): PatternVerdict {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      code: 'unsafe-regex',
      message: `The regular expression is ${String(pattern.length)} characters long; at most ${String(MAX_PATTERN_LENGTH)} are allowed.`,
      args: { variant: 'tooLong', length: pattern.length, max: MAX_PATTERN_LENGTH },
    };
  }
  try {
    new RegExp(pattern, 'i');
  } catch (e) {
    const reason =
      e instanceof Error
        ? e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
        : 'invalid pattern';
    return {
      ok: false,
      code: 'invalid-regex',
      message: `"${pattern}" is not a valid regular expression (${reason}). To match any text use .*, e.g. ".*@domain.ext".`,
      args: { pattern, reason },
    };
  }
  try {
    const branches = parseBranches(pattern, { i: 0 });
    let kept = branches;
    let source = pattern;
    const only = branches.length === 1 ? branches[0] : undefined;
    if (only) {
      let from = 0;
      let to = only.length;
      if (isDotStar(only[0])) from = 1;
      if (to > from && isDotStar(only[to - 1])) to -= 1;
      const items = only.slice(from, to);
      kept = [items];
      const first = items[0];
      const last = items[items.length - 1];
      source = first && last ? pattern.slice(first.start, last.end) : '';
    }
    const anchored = kept.every((b) => b[0]?.atom.type === 'anchor' && b[0].atom.char === '^');
    const estimate = cost(kept) * (anchored ? 1 : MAX_SUBJECT_LENGTH);
    if (estimate > BACKTRACK_BUDGET) {
      return {
        ok: false,
        code: 'unsafe-regex',
        message: `"${pattern}" repeats too many open-ended parts (*, +, {n,}) and could take too long on long values: keep one, or anchor the pattern with ^ and keep two.`,
        args: { variant: 'tooManyRepeats', pattern },
      };
    }
    return { ok: true, source };
  } catch (e) {
    if (e instanceof Unsafe)
      return {
        ok: false,
        code: 'unsafe-regex',
        message: `"${pattern}": ${e.message}`,
        args: { variant: e.variant, pattern },
      };
    throw e;
  }
}
