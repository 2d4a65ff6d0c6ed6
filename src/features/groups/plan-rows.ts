/** The service plans of a product as the Licenses tab lists them: saved and draft state, new plans. */
import { catalog } from '../../engine';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { planName } from './group-names';

export interface PlanRow {
  readonly servicePlanId: string;
  readonly name: string;
  readonly savedOn: boolean;
  readonly draftOn: boolean;
  /** Added to the product after the catalog was compiled: enabled here by default. */
  readonly isNew: boolean;
}

/** The SKU's plans (the subscription's list, else the catalog's), with On/Off saved and drafted. */
export function planRows(
  skuId: string,
  sku: SubscribedSku | undefined,
  saved: readonly string[],
  draft: readonly string[] | undefined,
): PlanRow[] {
  const known = catalog.product(skuId)?.servicePlanIds ?? [];
  const fromSku = (sku?.servicePlans ?? [])
    .filter((p) => (p.appliesTo ?? 'User') === 'User')
    .map((p) => p.servicePlanId ?? '');
  const ids = fromSku.length > 0 ? fromSku : [...known];
  const knownSet = new Set(known.map((id) => id.toLowerCase()));
  const off = (list: readonly string[], id: string) =>
    list.some((x) => x.toLowerCase() === id.toLowerCase());
  return ids
    .map((id) => ({
      servicePlanId: id,
      name: planName(id, sku),
      savedOn: !off(saved, id),
      draftOn: !off(draft ?? saved, id),
      isNew: known.length > 0 && !knownSet.has(id.toLowerCase()),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
