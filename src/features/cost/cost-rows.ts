/**
 * The Cost tab's model: the rows of a breakdown (product, department, country, licensing group)
 * from the products, the licensed users' seat counts and the prices, all summed by
 * `src/lib/licensing/cost.ts`. Amounts stay in ten-thousandths until they are shown.
 */
import type { GroupSeats } from '../../api/license-holders';
import type { Product } from '../../api/types';
import type { GroupId } from '../../lib/ids';
import {
  breakdown,
  costTotals,
  productCost,
  type CostTotals,
  type PlaceSeats,
  type ProductCost,
} from '../../lib/licensing/cost';
import type { PriceList } from '../../lib/licensing/prices';
import type { CostBy } from './cost-search';

/** One row of the table and one bar of the chart. */
export interface CostTableRow {
  readonly key: string;
  readonly name: string;
  readonly seats: number;
  /** Null when nothing in the row has a price. */
  readonly spend: number | null;
  /** Seats of products without a price, left out of `spend`. */
  readonly unpricedSeats: number;
  /** Product rows only. */
  readonly product?: ProductCost;
}

export interface Namers {
  readonly noDepartment: string;
  readonly noCountry: string;
  readonly direct: string;
  readonly country: (code: string) => string;
}

export function productRows(products: readonly Product[], prices: PriceList): ProductCost[] {
  return products
    .map((product) => productCost(prices, product))
    .sort((a, b) => (b.spend ?? -1) - (a.spend ?? -1) || a.name.localeCompare(b.name));
}

export const totalsOf = (rows: readonly ProductCost[]): CostTotals => costTotals(rows);

/** The seat counts a breakdown reads: by place (department, country) or by path (group). */
export interface BreakdownSeats {
  readonly place?: PlaceSeats | undefined;
  readonly group?: GroupSeats | undefined;
}

/** The rows of the breakdown `by`, dearest first; empty while its seats are not read. */
export function costRows(
  by: CostBy,
  products: readonly ProductCost[],
  seats: BreakdownSeats,
  prices: PriceList,
  names: Namers,
): CostTableRow[] {
  if (by === 'product')
    return products.map((product) => ({
      key: product.skuId,
      name: product.name,
      seats: product.consumed,
      spend: product.spend,
      unpricedSeats: product.spend === null ? product.consumed : 0,
      product,
    }));
  const { place, group } = seats;
  if (by === 'group' ? !group : !place) return [];
  const byKey =
    by === 'department'
      ? (place?.department ?? {})
      : by === 'country'
        ? (place?.country ?? {})
        : {
            ...group?.group,
            ...(group && Object.keys(group.direct).length ? { '': group.direct } : {}),
          };
  const nameOf = (key: string): string => {
    if (by === 'department') return key === '' ? names.noDepartment : key;
    if (by === 'country') return key === '' ? names.noCountry : names.country(key);
    return key === '' ? names.direct : (group?.groupNames.get(key as GroupId) ?? key);
  };
  return breakdown(prices, byKey).map((row) => ({
    key: row.key,
    name: nameOf(row.key),
    seats: row.seats,
    spend: row.amount === 0 && row.unpricedSeats === row.seats ? null : row.amount,
    unpricedSeats: row.unpricedSeats,
  }));
}
