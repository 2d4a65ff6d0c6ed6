/**
 * Read-your-writes while Graph's lists lag its writes (eventual consistency: a member just added,
 * a group just created or a user's new usage location is missing from `GET /groups/...`,
 * `GET /users` for a while). Reading a list again right after a successful write would bring the
 * old state back after the success toast, so each change the portal made is kept as pending: the
 * cached lists show it at once, every read of a list applies what is still pending, and while
 * anything is pending the lists are read again later and later until Graph lists the change
 * (then it is no longer pending), or for at most `PENDING_MS` (a change someone else made since
 * then wins).
 *
 * This file keeps the book (per query client, per kind and scope: since when, the re-read
 * schedule); each kind says what its change is and how a list shows it:
 * `pending-memberships.ts` (a group's members), `pending-groups.ts` (groups created),
 * `pending-users.ts` (a user's usage location).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** How long a change stays pending at most (Graph's lag is seconds, rarely a minute). */
export const PENDING_MS = 60_000;
/** When to read the lists again while changes are pending, from the change on. */
const REFETCH_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

interface Entry {
  change: unknown;
  since: number;
  attempt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

const books = new WeakMap<QueryClient, Map<string, Entry>>();

function bookOf(client: QueryClient): Map<string, Entry> {
  const known = books.get(client);
  if (known) return known;
  const created = new Map<string, Entry>();
  books.set(client, created);
  return created;
}

function drop(book: Map<string, Entry>, key: string): void {
  const entry = book.get(key);
  if (entry?.timer) clearTimeout(entry.timer);
  book.delete(key);
}

/** One kind of pending write: its changes, by scope (a group's id, a user's id). */
export class PendingWrites<Change> {
  readonly #name: string;
  readonly #rereads: (scope: string) => QueryKey;

  /** `rereads`: the queries to read again while a change of `scope` is pending. */
  constructor(name: string, rereads: (scope: string) => QueryKey) {
    this.#name = name;
    this.#rereads = rereads;
  }

  #key(scope: string): string {
    return `${this.#name}:${scope}`;
  }

  #schedule(client: QueryClient, scope: string, entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    const delay = REFETCH_DELAYS_MS[Math.min(entry.attempt, REFETCH_DELAYS_MS.length - 1)] ?? 0;
    entry.attempt += 1;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      // A read already under way is left to finish: cancelling it would throw its answer away.
      void client.invalidateQueries({ queryKey: this.#rereads(scope) }, { cancelRefetch: false });
    }, delay);
  }

  /**
   * Records a change the admin made (merged into what is pending for the scope) and starts the
   * re-reads; returns what is now pending.
   */
  record(
    client: QueryClient,
    scope: string,
    merge: (pending: Change | undefined) => Change,
  ): Change {
    const change = merge(this.pending(client, scope));
    const book = bookOf(client);
    const next: Entry = book.get(this.#key(scope)) ?? { change, since: 0, attempt: 0, timer: null };
    next.change = change;
    next.since = Date.now();
    next.attempt = 0;
    book.set(this.#key(scope), next);
    this.#schedule(client, scope, next);
    return change;
  }

  /** What is pending for the scope (undefined: nothing, or it is older than `PENDING_MS`). */
  pending(client: QueryClient, scope: string): Change | undefined {
    const book = bookOf(client);
    const entry = book.get(this.#key(scope));
    if (!entry) return undefined;
    if (Date.now() - entry.since > PENDING_MS) {
      drop(book, this.#key(scope));
      return undefined;
    }
    return entry.change as Change;
  }

  /**
   * After a list was read: what of the change Graph does not list yet (null: all of it is
   * listed, so nothing is pending any more). While something remains, the lists are read again later.
   */
  settle(client: QueryClient, scope: string, remaining: Change | null): void {
    const book = bookOf(client);
    const entry = book.get(this.#key(scope));
    if (!entry) return;
    if (remaining === null) {
      drop(book, this.#key(scope));
      return;
    }
    entry.change = remaining;
    this.#schedule(client, scope, entry);
  }

  /** Every scope with something pending. */
  scopes(client: QueryClient): string[] {
    const prefix = `${this.#name}:`;
    return [...bookOf(client).keys()]
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  }
}

/** Forgets every pending change of this client, of every kind (the session ends). */
export function forgetPendingWrites(client: QueryClient): void {
  const book = bookOf(client);
  for (const key of [...book.keys()]) drop(book, key);
}
