/**
 * Import CSV on the Prices tab: a file of `skuPartNumber,price,currency` lines, all or nothing
 * (`src/lib/licensing/prices-csv.ts`); a file over the size cap is refused before it is read.
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import type { Product } from '../../api/types';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';
import { usePriceStore, usePrices } from '../../lib/licensing/price-store';
import {
  MAX_PRICES_CSV_BYTES,
  parsePricesCsv,
  type PricesCsvError,
} from '../../lib/licensing/prices-csv';
import { PriceProblems } from './price-problems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function PricesImport({ products }: { readonly products: readonly Product[] }) {
  const t = useT();
  const styles = useStyles();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const prices = usePrices();
  const setList = usePriceStore((state) => state.setList);
  const [errors, setErrors] = useState<readonly PricesCsvError[]>([]);

  const read = async (file: File) => {
    if (file.size > MAX_PRICES_CSV_BYTES) {
      setErrors([{ line: null, problem: 'tooBig', value: '' }]);
      return;
    }
    const result = parsePricesCsv(await file.text(), products, prices);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setList(result.list);
    notify.success(t('prices.imported', { count: result.count }));
  };

  return (
    <div className={styles.root}>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label={t('prices.import')}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <div>
        <Button icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
          {t('prices.import')}
        </Button>
      </div>
      <Caption1>{t('prices.importHelp')}</Caption1>
      {errors.length > 0 && <PriceProblems title={t('prices.importFailed')} errors={errors} />}
    </div>
  );
}
