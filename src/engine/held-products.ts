import type { TenantState, UserRecord } from './state';
import type { SkuRecord } from './variants';

/** The channel of `TenantState.writtenChannels` the index reads the engine's writes from. */
const CHANNEL = 'held-products';

/** No holding: the user is deleted (or not seen yet). */
const NONE = -1;

/**
 * The products each living user holds: the SKUs of its applied entries, in subscription order
 * (the SKU ids of its `assignedLicenses`, `views.ts`), kept per user as the number of one of the
 * few distinct such lists in the tenant.
 *
 * Kept up to date from the engine's own record of writes (`write` notes every record it writes in
 * `TenantState.written`): a question costs the users written since the last one, then one pass
 * over a list of numbers, never a licence view per user. A what-if's writes are not noted: they
 * are all undone when it ends, and a question inside it leaves the index alone.
 * Invariant: `usersHolding(test)` lists exactly the living users, in creation order, whose
 * `assignedLicenses` SKU ids pass `test`.
 */
export class HeldProducts {
  readonly #state: TenantState;
  readonly #written = new Set<object>();
  /** The holding of each user by ordinal (`NONE` when deleted); users from `length` on are not read yet. */
  readonly #holdingOf: number[] = [];
  /** Distinct holdings: SKU id lists, and their numbers by key. */
  readonly #holdings: (readonly string[])[] = [];
  readonly #byKey = new Map<string, number>();

  constructor(state: TenantState) {
    this.#state = state;
    const channels = (state.writtenChannels ??= new Map());
    channels.set(CHANNEL, this.#written);
    state.written = [...channels.values()];
  }

  /**
   * Ids of the living users, in creation order, whose held SKU ids (in subscription order) pass
   * `test`. `test` runs once per distinct list of held products, not once per user.
   */
  usersHolding(test: (skuIds: readonly string[]) => boolean): string[] {
    // Inside a what-if, whose writes are not noted (they are all undone), answer from the records
    // as they are and leave the index as it was: it is right again once the what-if ends.
    const holdingOf = this.#state.journal
      ? this.#state.users.map((u) => this.#holdingOfUser(u))
      : this.#refresh();
    const passes = this.#holdings.map((skuIds) => test(skuIds));
    const users = this.#state.users;
    const ids: string[] = [];
    for (let ord = 0; ord < holdingOf.length; ord++) {
      const holding = holdingOf[ord] as number;
      if (holding !== NONE && passes[holding]) ids.push((users[ord] as UserRecord).profile.id);
    }
    return ids;
  }

  /**
   * Reads again the users written since the last question, and the users added since. Never run
   * inside a what-if, so the users read are never more than the tenant has after its rollback.
   */
  #refresh(): readonly number[] {
    const users = this.#state.users;
    const holdingOf = this.#holdingOf;
    for (const target of this.#written) {
      const ord = (target as { ord?: unknown }).ord;
      if (typeof ord === 'number' && ord < holdingOf.length && users[ord] === target)
        holdingOf[ord] = this.#holdingOfUser(target as UserRecord);
    }
    this.#written.clear();
    for (let ord = holdingOf.length; ord < users.length; ord++)
      holdingOf.push(this.#holdingOfUser(users[ord] as UserRecord));
    return holdingOf;
  }

  #holdingOfUser(user: UserRecord): number {
    if (!user.alive) return NONE;
    const skus: SkuRecord[] = [];
    for (const entry of user.entries)
      if (entry.applied && !skus.includes(entry.sku)) skus.push(entry.sku);
    skus.sort((a, b) => a.ord - b.ord);
    const key = skus.map((sku) => sku.ord).join(',');
    let holding = this.#byKey.get(key);
    if (holding === undefined) {
      holding = this.#holdings.length;
      this.#holdings.push(skus.map((sku) => sku.skuId));
      this.#byKey.set(key, holding);
    }
    return holding;
  }
}
