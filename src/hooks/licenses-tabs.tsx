/**
 * The Licenses blade's views: Overview (`/licenses`), Cost (`/licenses/cost`) and Prices
 * (`/licenses/prices`). Each is a route of its own, so Cost and Prices load on demand and never
 * in the first load. They are navigation links (the current one marked `aria-current="page"`),
 * not an ARIA tab list: each is a page of its own with its own address, and a Fluent TabList
 * would add 13 KiB gzip to the first load.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { RouterLink } from '../components/router-link';
import type { MessageId } from '../lib/i18n/messages';
import { useT } from '../lib/i18n/use-t';

export const LICENSES_TABS = ['overview', 'cost', 'prices'] as const;
export type LicensesTab = (typeof LICENSES_TABS)[number];

const LABELS: Readonly<Record<LicensesTab, MessageId>> = {
  overview: 'products.overview.tab.overview',
  cost: 'products.overview.tab.cost',
  prices: 'products.overview.tab.prices',
};

const PATHS = {
  overview: '/licenses',
  cost: '/licenses/cost',
  prices: '/licenses/prices',
} as const;

const useStyles = makeStyles({
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
  },
});

export function LicensesTabs({ selected }: { readonly selected: LicensesTab }) {
  const t = useT();
  const styles = useStyles();
  return (
    <nav aria-label={t('products.overview.title')}>
      <ul className={styles.list}>
        {LICENSES_TABS.map((tab) => (
          <li key={tab}>
            <RouterLink
              to={PATHS[tab]}
              search={{}}
              className={tab === selected ? styles.current : undefined}
              aria-current={tab === selected ? 'page' : undefined}
            >
              {t(LABELS[tab])}
            </RouterLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
