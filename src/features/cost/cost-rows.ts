/**
 * The Cost tab's model: the rows of a breakdown (product, department, country, licensing group)
 * from the products, the licensed users' seat counts and the prices, all summed by
 * `src/lib/licensing/cost.ts`. Amounts stay in ten-thousandths until they are shown.
 */
import type { LicenseHolders } from '../../api/license-holders';
import type { Product } from '../../api/types';
import type { GroupId } from '../../lib/ids';
import {
  breakdown,
  costTotals,
  productCost,
  type CostTotals,
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

/** The rows of the breakdown `by`, dearest first. */
export function costRows(
  by: CostBy,
  products: readonly ProductCost[],
  holders: LicenseHolders | undefined,
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
  if (!holders) return [];
  const byKey =
    by === 'department'
      ? holders.department
      : by === 'country'
        ? holders.country
        : {
            ...holders.group,
            ...(Object.keys(holders.direct).length ? { '': holders.direct } : {}),
          };
  const nameOf = (key: string): string => {
    if (by === 'department') return key === '' ? names.noDepartment : key;
    if (by === 'country') return key === '' ? names.noCountry : names.country(key);
    return key === '' ? names.direct : (holders.groupNames.get(key as GroupId) ?? key);
  };
  return breakdown(prices, byKey).map((row) => ({
    key: row.key,
    name: nameOf(row.key),
    seats: row.seats,
    spend: row.amount === 0 && row.unpricedSeats === row.seats ? null : row.amount,
    unpricedSeats: row.unpricedSeats,
  }));
}
