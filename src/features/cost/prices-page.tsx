/**
 * Licenses → Prices (`/licenses/prices`): the monthly price of a seat of each product the
 * organization owns, in one currency, typed in the table or imported from a CSV. The table is a
 * draft until Save; Save takes every price or none (each refused price is named).
 */
import {
  Body1,
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MoneyRegular, SaveRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useProducts } from '../../api/products';
import type { Product, SkuId } from '../../api/types';
import { Blade } from '../../components/blade';
import { QueryState } from '../../components/query-state';
import { useNotify } from '../../components/toasts';
import { LicensesTabs } from '../../hooks/licenses-tabs';
import { useT } from '../../lib/i18n/use-t';
import { usePriceStore, usePrices } from '../../lib/licensing/price-store';
import { amountText, parsePrice, type PriceList } from '../../lib/licensing/prices';
import type { PricesCsvError } from '../../lib/licensing/prices-csv';
import { PriceProblems } from './price-problems';
import { PricesImport } from './prices-import';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  price: { maxWidth: '12rem' },
  // A column of the page's flex stretches its children: the select was as wide as the page.
  currency: { alignSelf: 'start', minWidth: '10rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end' },
});

export function PricesPage() {
  const t = useT();
  const products = useProducts();
  const prices = usePrices();
  return (
    <Blade
      title={t('cost.title')}
      subtitle={t('cost.pricesSubtitle')}
      icon={<MoneyRegular />}
      tabs={<LicensesTabs selected="prices" />}
    >
      <Body1>{t('prices.intro')}</Body1>
      <QueryState
        query={products}
        data={products.data}
        loading={t('products.loading')}
        error={t('products.loadFailed')}
      >
        {(list) => (
          // A new key when the kept list changes (an import) starts the draft from it.
          <PricesEditor key={JSON.stringify(prices)} products={list} prices={prices} />
        )}
      </QueryState>
    </Blade>
  );
}

function draftOf(products: readonly Product[], prices: PriceList): Record<SkuId, string> {
  return Object.fromEntries(
    products.map((p) => {
      const amount = prices.prices[p.skuId];
      return [p.skuId, amount === undefined ? '' : amountText(amount)];
    }),
  );
}

function PricesEditor({
  products,
  prices,
}: {
  readonly products: readonly Product[];
  readonly prices: PriceList;
}) {
  const t = useT();
  const styles = useStyles();
  const notify = useNotify();
  const setList = usePriceStore((state) => state.setList);
  const [currency, setCurrency] = useState(prices.currency ?? 'EUR');
  const [draft, setDraft] = useState(() => draftOf(products, prices));
  const [errors, setErrors] = useState<readonly PricesCsvError[]>([]);
  const currencies = useMemo(() => Intl.supportedValuesOf('currency'), []);

  const save = () => {
    const problems: PricesCsvError[] = [];
    const next: Record<SkuId, number> = {};
    for (const product of products) {
      const text = draft[product.skuId]?.trim() ?? '';
      if (text === '') continue;
      const parsed = parsePrice(text);
      if ('problem' in parsed)
        problems.push({ line: null, problem: parsed.problem, value: `${product.name}: ${text}` });
      else next[product.skuId] = parsed.amount;
    }
    setErrors(problems);
    if (problems.length > 0) return;
    setList({ currency: Object.keys(next).length === 0 ? null : currency, prices: next });
    notify.success(t('prices.saved'));
  };

  return (
    <div className={styles.body}>
      <PricesImport products={products} />
      <Field label={t('prices.currency')} className={styles.currency}>
        <Select
          value={currency}
          onChange={(_event, data) => {
            setCurrency(data.value);
          }}
        >
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
      <Table aria-label={t('prices.table')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('prices.col.product')}</TableHeaderCell>
            <TableHeaderCell>{t('prices.col.partNumber')}</TableHeaderCell>
            <TableHeaderCell>{t('prices.col.price')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {products.map((product) => (
            <TableRow key={product.skuId}>
              <TableCell>{product.name}</TableCell>
              <TableCell>{product.partNumber}</TableCell>
              <TableCell>
                <Input
                  className={styles.price}
                  inputMode="decimal"
                  aria-label={t('prices.priceOf', { product: product.name })}
                  value={draft[product.skuId] ?? ''}
                  contentAfter={currency}
                  onChange={(_event, data) => {
                    setDraft((old) => ({ ...old, [product.skuId]: data.value }));
                  }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {errors.length > 0 && <PriceProblems title={t('prices.tableFailed')} errors={errors} />}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<SaveRegular />} onClick={save}>
          {t('prices.save')}
        </Button>
      </div>
    </div>
  );
}
