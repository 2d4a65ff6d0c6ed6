/**
 * What the licences cost a month (issue #15 items 2-4), the one home of the sums every cost view
 * shows: the Cost tab, the Overview's numbers and the inactive users' "Monthly cost".
 *
 * - Spend of a product: the seats in use (`consumedUnits`) x its price.
 * - Idle spend: seats bought and not assigned (`prepaidUnits.enabled - consumedUnits`, never below
 *   0; seats in their warning period are leaving and are not counted as idle) x the price.
 * - Spend by department and by country (`usageLocation`): each licensed user's applied licences
 *   (`assignedLicenses`) at their prices; they add up to the spend of the products.
 * - Spend by licensing group: a group carries the seats of the users it licenses for a product
 *   (an active path from the group); a user licensed for one product by two groups counts under
 *   both, as each group alone would keep that seat, so the rows may add up to more than the total
 *   (the Cost tab says so). Seats assigned directly are a row of their own.
 * Products without a price add nothing and are counted, so a view can say the sum is partial.
 * The seat counts come from Graph (`../../api/seat-reports/read-seats.ts`: the places from each
 * product's holders, the paths from every licensed user's states); prices are applied here, so a
 * new price never reads Graph again.
 */
import type { GroupId, SkuId } from '../ids';
import { priceOf, type PriceList } from './prices';

/** Seats by product. */
export type SeatCounts = Readonly<Record<SkuId, number>>;

/**
 * The seats of the licensed users by department and by country (`usageLocation`): each applied
 * licence (`assignedLicenses`) once, under the user's department and under their country.
 */
export interface PlaceSeats {
  /** By department; '' is the users without one. */
  readonly department: Readonly<Record<string, SeatCounts>>;
  /** By usage location (ISO 3166 alpha-2); '' is the users without one. */
  readonly country: Readonly<Record<string, SeatCounts>>;
}

/** The seats licensing groups carry (active paths), and those assigned directly. */
export interface PathSeats {
  readonly group: Readonly<Record<GroupId, SeatCounts>>;
  readonly direct: SeatCounts;
}

/** Where one holder of a product is: what the place sums need of a user. */
export interface PlacedHolder {
  readonly department: string | null;
  readonly country: string | null;
}

/** One active path of a user to a product: the group, or null for a direct assignment. */
export interface HolderPath {
  readonly skuId: SkuId;
  readonly groupId: GroupId | null;
}

type Mutable = Record<string, Record<string, number>>;

export const emptyPlaceSeats = (): PlaceSeats => ({ department: {}, country: {} });
export const emptyPathSeats = (): PathSeats => ({ group: {}, direct: {} });

function add(into: Mutable, key: string, skuId: SkuId): void {
  const counts = (into[key] ??= {});
  counts[skuId] = (counts[skuId] ?? 0) + 1;
}

/**
 * Adds holders of one product to the place counts, in place: a page of Graph's holders of
 * `skuId` at a time, so each step is as short as counting one page.
 */
export function countPlaces(
  counts: PlaceSeats,
  skuId: SkuId,
  holders: readonly PlacedHolder[],
): void {
  const department = counts.department as Mutable;
  const country = counts.country as Mutable;
  for (const holder of holders) {
    add(department, holder.department?.trim() ?? '', skuId);
    add(country, holder.country ?? '', skuId);
  }
}

/** Adds active paths to the group and direct counts, in place (a page of users at a time). */
export function countPaths(counts: PathSeats, paths: readonly HolderPath[]): void {
  const group = counts.group as Mutable;
  const direct = counts.direct as Record<string, number>;
  for (const path of paths) {
    if (path.groupId === null) direct[path.skuId] = (direct[path.skuId] ?? 0) + 1;
    else add(group, path.groupId, path.skuId);
  }
}

/** The monthly cost of seats at the list's prices, and the seats of products without a price. */
export function costOfSeats(list: PriceList, seats: SeatCounts): CostSum {
  let amount = 0;
  let unpricedSeats = 0;
  for (const [sku, count] of Object.entries(seats) as [SkuId, number][]) {
    const price = priceOf(list, sku);
    if (price === null) unpricedSeats += count;
    else amount += price * count;
  }
  return { amount, unpricedSeats };
}

export interface CostSum {
  /** Ten-thousandths of the list's currency. */
  readonly amount: number;
  /** Seats of products the admin has no price for (left out of `amount`). */
  readonly unpricedSeats: number;
}

/** One row of a breakdown: a department, a country, a group or the direct assignments. */
export interface CostRow extends CostSum {
  readonly key: string;
  readonly seats: number;
}

/** The rows of a breakdown, dearest first (then by key, so the order is stable). */
export function breakdown(list: PriceList, byKey: Readonly<Record<string, SeatCounts>>): CostRow[] {
  return Object.entries(byKey)
    .map(([key, seats]) => ({
      key,
      seats: Object.values(seats).reduce((sum, n) => sum + n, 0),
      ...costOfSeats(list, seats),
    }))
    .sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

/** What a product's seats cost a month. */
export interface ProductCost {
  readonly skuId: SkuId;
  readonly name: string;
  readonly partNumber: string;
  /** Seats in use (`consumedUnits`). */
  readonly consumed: number;
  /** Seats bought and not assigned (`enabled - consumed`, at least 0). */
  readonly idle: number;
  /** The monthly price per seat, or null when the admin has not set one. */
  readonly price: number | null;
  readonly spend: number | null;
  readonly idleSpend: number | null;
}

/** What the sums need of a product (`subscribedSkus`, as `src/api/types.ts`'s `Product`). */
export interface CostedProduct {
  readonly skuId: SkuId;
  readonly name: string;
  readonly partNumber: string;
  readonly seats: {
    readonly total: number;
    readonly assigned: number;
    readonly expiringSoon: number;
  };
}

export function productCost(list: PriceList, product: CostedProduct): ProductCost {
  const price = priceOf(list, product.skuId);
  const enabled = product.seats.total - product.seats.expiringSoon;
  const consumed = product.seats.assigned;
  const idle = Math.max(0, enabled - consumed);
  return {
    skuId: product.skuId,
    name: product.name,
    partNumber: product.partNumber,
    consumed,
    idle,
    price,
    spend: price === null ? null : price * consumed,
    idleSpend: price === null ? null : price * idle,
  };
}

/** The totals of the products: monthly and idle spend, and how many products have no price. */
export interface CostTotals {
  readonly spend: number;
  readonly idleSpend: number;
  readonly unpricedProducts: number;
}

export function costTotals(rows: readonly ProductCost[]): CostTotals {
  let spend = 0;
  let idleSpend = 0;
  let unpricedProducts = 0;
  for (const row of rows) {
    if (row.spend === null || row.idleSpend === null) unpricedProducts += 1;
    else {
      spend += row.spend;
      idleSpend += row.idleSpend;
    }
  }
  return { spend, idleSpend, unpricedProducts };
}
