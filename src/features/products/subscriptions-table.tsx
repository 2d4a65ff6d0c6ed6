/**
 * A product's subscriptions (product → Overview): each with its status, licences and the day it
 * moves on unless renewed, so "Expiring soon" names the subscription and the date behind it.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useSubscriptions } from '../../api/subscriptions';
import type { SkuId, Subscription } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { useFormat, type Format } from '../../lib/i18n/format';
import { useT, type Translate } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

function statusInWords(t: Translate, s: Subscription): string {
  const status = t(`products.subs.state.${s.status}`);
  return s.isTrial ? t('products.subs.trial', { status }) : status;
}

function nextInWords(t: Translate, format: Format, s: Subscription): string {
  if (s.nextLifecycle === null) return t('products.subs.noDate');
  const date = format.date(s.nextLifecycle);
  if (s.status === 'Enabled') return t('products.subs.next.Enabled', { date });
  if (s.status === 'Warning') return t('products.subs.next.Warning', { date });
  return t('products.subs.next.other', { date });
}

export function SubscriptionsTable({ skuId }: { readonly skuId: SkuId }) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const query = useSubscriptions();
  return (
    <QueryState
      query={query}
      data={query.data}
      loading={t('products.subs.loading')}
      error={t('products.subs.loadFailed')}
    >
      {(all) => (
        <Table aria-label={t('products.subs.table')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('products.subs.id')}</TableHeaderCell>
              <TableHeaderCell>{t('products.subs.status')}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>
                {t('products.subs.licenses')}
              </TableHeaderCell>
              <TableHeaderCell>{t('products.subs.next')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {all
              .filter((s) => s.skuId === skuId)
              .map((s) => (
                <TableRow key={s.id}>
                  <TableCell className={styles.id}>{s.id}</TableCell>
                  <TableCell>{statusInWords(t, s)}</TableCell>
                  <TableCell className={styles.number}>{format.count(s.licenses)}</TableCell>
                  <TableCell>{nextInWords(t, format, s)}</TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
}
