/**
 * A prefix index: sorted distinct tokens, each with the sorted ordinals of the rows holding it.
 * All tokens starting with a prefix form one contiguous run of the sorted list (code-unit order,
 * as `String.prototype.startsWith` compares), found by binary search. Kept up to date row by row.
 */

/** Ordinals in ascending order. */
export type Ordinals = readonly number[];

/** The first position in `sorted` whose value is not below `value`. */
function lowerBound<T>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tokens to the rows holding them. While it is first filled, new tokens are only appended and the
 * list is sorted once, when it is first read; after that each new token is put in its place.
 */
export class PrefixIndex {
  readonly #tokens: string[] = [];
  #sorted = false;
  readonly #postings = new Map<string, number[]>();

  /** Number of distinct tokens. */
  get size(): number {
    return this.#postings.size;
  }

  /** The sorted tokens (sorting them the first time). */
  #sortedTokens(): string[] {
    if (!this.#sorted) {
      this.#tokens.sort(); // UTF-16 code-unit order, the order `<` and `startsWith` use
      this.#sorted = true;
    }
    return this.#tokens;
  }

  /** Records that row `ord` holds `token`. */
  add(token: string, ord: number): void {
    let posting = this.#postings.get(token);
    if (!posting) {
      posting = [];
      this.#postings.set(token, posting);
      if (this.#sorted) this.#tokens.splice(lowerBound(this.#tokens, token), 0, token);
      else this.#tokens.push(token);
    }
    // New rows take the highest ordinal, so the common case is an append.
    if (posting.length === 0 || (posting.at(-1) as number) < ord) posting.push(ord);
    else {
      const at = lowerBound(posting, ord);
      if (posting[at] !== ord) posting.splice(at, 0, ord);
    }
  }

  /** Records that row `ord` no longer holds `token`. */
  remove(token: string, ord: number): void {
    const posting = this.#postings.get(token);
    if (!posting) return;
    const at = lowerBound(posting, ord);
    if (posting[at] === ord) posting.splice(at, 1);
    if (posting.length === 0) {
      this.#postings.delete(token);
      const tokens = this.#sortedTokens();
      tokens.splice(lowerBound(tokens, token), 1);
    }
  }

  /** The postings of every token that starts with `prefix` (each sorted; together, possibly overlapping). */
  withPrefix(prefix: string): Ordinals[] {
    const out: Ordinals[] = [];
    const tokens = this.#sortedTokens();
    for (let i = lowerBound(tokens, prefix); i < tokens.length; i++) {
      const token = tokens[i] as string;
      if (!token.startsWith(prefix)) break;
      out.push(this.#postings.get(token) as Ordinals);
    }
    return out;
  }

  /** The postings of `token` itself. */
  exactly(token: string): Ordinals {
    return this.#postings.get(token) ?? [];
  }
}

/** The union of sorted ordinal lists, sorted (`marks` is scratch space as long as the largest ordinal + 1). */
export function union(lists: readonly Ordinals[], marks: Uint8Array): Ordinals {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] as Ordinals;
  let low = Infinity;
  let high = -1;
  for (const list of lists) {
    if (list.length === 0) continue;
    low = Math.min(low, list[0] as number);
    high = Math.max(high, list.at(-1) as number);
    for (const ord of list) marks[ord] = 1;
  }
  const out: number[] = [];
  for (let ord = low; ord <= high; ord++) {
    if (marks[ord] === 1) {
      out.push(ord);
      marks[ord] = 0;
    }
  }
  return out;
}

/** The intersection of two sorted ordinal lists, sorted. */
export function intersect(a: Ordinals, b: Ordinals): Ordinals {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
