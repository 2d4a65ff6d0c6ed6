/** The URL state of the Cost tab: what the spend is broken down by. */
import type { MessageId } from '../../lib/i18n/messages';

export const COST_BY = ['product', 'department', 'country', 'group'] as const;
export type CostBy = (typeof COST_BY)[number];

export const COST_BY_LABELS: Readonly<Record<CostBy, MessageId>> = {
  product: 'cost.by.product',
  department: 'cost.by.department',
  country: 'cost.by.country',
  group: 'cost.by.group',
};

/** `/licenses/cost?by=` */
export interface CostSearch {
  by?: CostBy;
}
