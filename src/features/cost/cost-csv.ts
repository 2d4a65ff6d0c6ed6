/** The Cost tab's CSV: every row of the breakdown shown, in English, amounts as plain decimals. */
import { toCsv } from '../../lib/csv';
import { amountText } from '../../lib/licensing/prices';
import type { CostTableRow } from './cost-rows';
import type { CostBy } from './cost-search';

const FIRST: Readonly<Record<CostBy, string>> = {
  product: 'Product',
  department: 'Department',
  country: 'Country',
  group: 'Licensing group',
};

export function costCsv(by: CostBy, currency: string, rows: readonly CostTableRow[]): string {
  if (by === 'product')
    return toCsv(
      [
        'Product',
        'skuPartNumber',
        'Seats in use',
        'Idle seats',
        'Price per seat',
        'Monthly spend',
        'Idle spend',
        'Currency',
      ],
      rows.map((row) => {
        const p = row.product;
        const money = (amount: number | null | undefined) =>
          amount === null || amount === undefined ? '' : amountText(amount);
        return [
          row.name,
          p?.partNumber,
          row.seats,
          p?.idle,
          money(p?.price),
          money(row.spend),
          money(p?.idleSpend),
          currency,
        ];
      }),
    );
  return toCsv(
    [FIRST[by], 'Seats', 'Monthly spend', 'Seats without a price', 'Currency'],
    rows.map((row) => [
      row.name,
      row.seats,
      row.spend === null ? '' : amountText(row.spend),
      row.unpricedSeats,
      currency,
    ]),
  );
}
