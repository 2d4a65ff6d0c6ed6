/**
 * The Licenses blade's tabs: Overview (`/licenses`), Cost (`/licenses/cost`) and Prices
 * (`/licenses/prices`). Each is a route of its own, so Cost and Prices load on demand and never
 * in the first load; the tabs move between them.
 */
import { BladeTabs } from '../components/blade-tabs';
import { useNavigate } from '@tanstack/react-router';
import type { MessageId } from '../lib/i18n/messages';

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

export function LicensesTabs({ selected }: { readonly selected: LicensesTab }) {
  const navigate = useNavigate();
  return (
    <BladeTabs
      tabs={LICENSES_TABS}
      labels={LABELS}
      selected={selected}
      onSelect={(tab) => void navigate({ to: PATHS[tab] })}
    />
  );
}
