/**
 * The Overview's three cost numbers (issue #15 item 4): monthly spend, idle spend and the spend on
 * the licences of inactive licensed users (inactive 30 days or more, or disabled: the report's
 * reads with only the properties the seats need, `src/api/inactive-users.ts`), each linking to
 * its view; without prices, the words that
 * say what to enter. Loaded on its own after the first render (its words are the Overview's), so the
 * first load does not carry it.
 */
import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_INACTIVE_DAYS } from '../../api/inactive-days';
import { useInactiveSeats } from '../../api/inactive-users';
import { useProducts } from '../../api/products';
import { KeyFigure, KeyFigures } from '../../components/key-figures';
import { RouterLink } from '../../components/router-link';
import { useFormat } from '../../lib/i18n/format';
import { useT } from '../../lib/i18n/use-t';
import { costOfSeats, costTotals, productCost } from '../../lib/licensing/cost';
import { usePrices } from '../../lib/licensing/price-store';
import { hasPrices, toUnits } from '../../lib/licensing/prices';

const useStyles = makeStyles({
  // Fluent's text components are inline: the heading, words and link stand one under the other.
  section: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
});

export default function OverviewCosts() {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const prices = usePrices();
  const priced = hasPrices(prices);
  const products = useProducts();
  const inactive = useInactiveSeats(DEFAULT_INACTIVE_DAYS, priced);
  if (!priced)
    return (
      <section className={styles.section} aria-label={t('cost.subtitle')}>
        <Subtitle2 as="h2">{t('cost.subtitle')}</Subtitle2>
        <Body1 as="p">{t('cost.noPrices.body')}</Body1>
        <RouterLink to="/licenses/prices" search={{}}>
          {t('cost.noPrices.link')}
        </RouterLink>
      </section>
    );
  const money = (amount: number | undefined) =>
    amount === undefined ? '…' : format.money(toUnits(amount), prices.currency ?? '');
  const totals = products.data
    ? costTotals(products.data.map((product) => productCost(prices, product)))
    : undefined;
  const inactiveSpend = inactive.data && costOfSeats(prices, inactive.data.seats).amount;
  return (
    <section className={styles.section} aria-label={t('cost.subtitle')}>
      <Subtitle2 as="h2">{t('cost.subtitle')}</Subtitle2>
      <KeyFigures>
        <KeyFigure
          label={
            <RouterLink to="/licenses/cost" search={{ by: 'product' }}>
              {t('cost.monthly')}
            </RouterLink>
          }
          value={money(totals?.spend)}
        />
        <KeyFigure
          label={
            <RouterLink to="/licenses/cost" search={{ by: 'product' }}>
              {t('cost.idle')}
            </RouterLink>
          }
          value={money(totals?.idleSpend)}
        />
        <KeyFigure
          label={
            <RouterLink to="/users" search={{ filter: 'inactive', days: DEFAULT_INACTIVE_DAYS }}>
              {t('cost.inactive')}
            </RouterLink>
          }
          value={money(inactiveSpend)}
        />
      </KeyFigures>
      {totals && totals.unpricedProducts > 0 && (
        <Caption1>{t('cost.unpriced', { count: totals.unpricedProducts })}</Caption1>
      )}
    </section>
  );
}
