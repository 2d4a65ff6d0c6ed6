/** The service plans of a group's product as the Licenses tab lists them: saved and draft state, new plans. */
import type { GroupLicense, PlanId, Product } from '../../api/types';
import type { SwitchRow } from '../../components/switch-list';
import { newPlanIds } from '../../lib/licensing/new-plans';
import type { Translate } from '../../lib/i18n/use-t';

export interface PlanRow {
  readonly planId: PlanId;
  readonly name: string;
  readonly technicalName: string;
  readonly savedOn: boolean;
  readonly draftOn: boolean;
  /** Added to the product after purchase: enabled here by default. */
  readonly isNew: boolean;
}

/** The user plans of the product, by name, with On/Off saved and drafted. */
export function planRows(
  product: Product,
  license: GroupLicense,
  draft: readonly PlanId[] | undefined,
): PlanRow[] {
  const added = new Set(newPlanIds(product));
  const saved = license.disabledPlans;
  return product.plans
    .filter((p) => p.appliesTo === 'User')
    .map((plan) => ({
      planId: plan.id,
      name: plan.name,
      technicalName: plan.technicalName,
      savedOn: !saved.includes(plan.id),
      draftOn: !(draft ?? saved).includes(plan.id),
      isNew: added.has(plan.id),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const badges = (t: Translate) =>
  ({
    newPlan: { text: t('groups.badge.newPlan'), color: 'informative' },
    unsaved: { text: t('groups.badge.unsaved'), color: 'warning' },
  }) as const;

/** A plan row as a switch: highlighted and marked Unsaved when the draft differs. */
export const switchRow = (t: Translate, row: PlanRow): SwitchRow => ({
  id: row.planId,
  label: row.name,
  title: row.technicalName,
  checked: row.draftOn,
  changed: row.draftOn !== row.savedOn,
  badges: [
    ...(row.isNew ? [badges(t).newPlan] : []),
    ...(row.draftOn !== row.savedOn ? [badges(t).unsaved] : []),
  ],
});
