/** The plan toggles of a direct assignment: which plans it controls and which groups already provide. */
import { catalog, describePlan } from '../../engine';
import type { User } from '../../lib/graph/graph-types';
import { planSources, productLicenses } from './license-model';

export interface AssignPlanRow {
  readonly servicePlanId: string;
  readonly name: string;
  /** Group ids that turn the plan on: the plan is shown On and locked. */
  readonly fromGroups: readonly string[];
}

export function assignPlanRows(user: User, skuId: string): AssignPlanRow[] {
  const sources = new Map(planSources(user, skuId).map((p) => [p.servicePlanId, p]));
  return (catalog.product(skuId)?.servicePlanIds ?? []).map((servicePlanId) => ({
    servicePlanId,
    name: describePlan(servicePlanId),
    fromGroups: (sources.get(servicePlanId)?.enabledBy ?? []).flatMap((s) =>
      s.kind === 'group' ? [s.groupId] : [],
    ),
  }));
}

/** The toggles a dialog starts with: the direct licence's plans, or every plan the groups do not already give. */
export function initialPlanToggles(user: User, skuId: string): Record<string, boolean> {
  const direct = productLicenses(user).find((p) => p.skuId === skuId)?.direct;
  return Object.fromEntries(
    assignPlanRows(user, skuId).map((row) => [
      row.servicePlanId,
      direct ? !direct.disabledPlans.includes(row.servicePlanId) : row.fromGroups.length === 0,
    ]),
  );
}

/** `disabledPlans` for the direct licence from the toggles. */
export function disabledPlansOf(
  rows: readonly AssignPlanRow[],
  toggles: Readonly<Record<string, boolean>>,
): string[] {
  return rows.filter((row) => toggles[row.servicePlanId] !== true).map((row) => row.servicePlanId);
}
