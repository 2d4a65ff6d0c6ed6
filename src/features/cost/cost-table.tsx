/** The Cost tab's table: one row per product, department, country or group, every row shown. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useFormat } from '../../lib/i18n/format';
import { toUnits } from '../../lib/licensing/prices';
import { useT } from '../../lib/i18n/use-t';
import type { CostTableRow } from './cost-rows';
import type { CostBy } from './cost-search';

const useStyles = makeStyles({
  // Fluent's table lays its columns out fixed, in equal widths: a long product name took 3-4
  // lines while the amounts had room to spare. The names take what the amounts leave.
  table: { tableLayout: 'auto' },
  name: { minWidth: '12rem' },
  number: { textAlign: 'end', whiteSpace: 'nowrap' },
});

export function CostTable({
  by,
  label,
  rows,
  currency,
}: {
  readonly by: CostBy;
  readonly label: string;
  readonly rows: readonly CostTableRow[];
  readonly currency: string;
}) {
  const t = useT();
  const format = useFormat();
  const styles = useStyles();
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined
      ? t('cost.noPrice')
      : format.money(toUnits(amount), currency);
  const products = by === 'product';
  return (
    <Table aria-label={label} size="small" className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>{t('cost.col.name')}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t('cost.col.seats')}</TableHeaderCell>
          {products && (
            <TableHeaderCell className={styles.number}>{t('cost.col.price')}</TableHeaderCell>
          )}
          <TableHeaderCell className={styles.number}>{t('cost.col.spend')}</TableHeaderCell>
          {products && (
            <TableHeaderCell className={styles.number}>{t('cost.col.idleSeats')}</TableHeaderCell>
          )}
          {products && (
            <TableHeaderCell className={styles.number}>{t('cost.col.idleSpend')}</TableHeaderCell>
          )}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell>{row.name}</TableCell>
            <TableCell className={styles.number}>{format.count(row.seats)}</TableCell>
            {products && (
              <TableCell className={styles.number}>{money(row.product?.price)}</TableCell>
            )}
            <TableCell
              className={styles.number}
              title={
                row.unpricedSeats > 0 && row.spend !== null
                  ? t('cost.rowsPartial', { seats: row.unpricedSeats })
                  : undefined
              }
            >
              {money(row.spend)}
            </TableCell>
            {products && (
              <TableCell className={styles.number}>
                {format.count(row.product?.idle ?? 0)}
              </TableCell>
            )}
            {products && (
              <TableCell className={styles.number}>{money(row.product?.idleSpend)}</TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
