/**
 * What a licence change did, in the admin's terms (issue #16 item 5): from a modified property's
 * old and new licence lists, which products were added or removed and which service plans were
 * turned on or off. "32 disabled plans -> 31 disabled plans" becomes "Microsoft Teams turned on".
 * Used by an entry's details and by each user's row of a processing run; the raw values stay one
 * click away in the Modified Properties table.
 */
import type { ModifiedProperty } from '../../api/types';
import { planName, purchasedPlans } from '../../lib/licensing/names';
import { parseLicenseValue, type LicenseValue } from './license-value';

export interface PlanRef {
  readonly id: string;
  readonly name: string;
}

export interface LicenseChange {
  readonly skuId: string;
  readonly productName: string;
  /** `added`: the product is new; `removed`: it is gone; `plans`: the same product, plans moved. */
  readonly kind: 'added' | 'removed' | 'plans';
  /** Plans on now that were off (for `plans`), or on from the start (for `added`, from the catalog). */
  readonly turnedOn: readonly PlanRef[];
  /** Plans off now that were on (for `plans`), or off from the start (for `added`). */
  readonly turnedOff: readonly PlanRef[];
}

const byName = (a: PlanRef, b: PlanRef) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const lower = (id: string) => id.toLowerCase();

/** The plans in `from` that are not in `than`, by name. */
function minus(from: readonly PlanRef[], than: readonly PlanRef[]): PlanRef[] {
  const ids = new Set(than.map((p) => lower(p.id)));
  return from.filter((p) => !ids.has(lower(p.id))).sort(byName);
}

/** The changes from one licence list to another, products by name; unchanged products left out. */
export function licenseChanges(
  before: readonly LicenseValue[],
  after: readonly LicenseValue[],
): LicenseChange[] {
  const old = new Map(before.map((l) => [lower(l.skuId), l]));
  const now = new Map(after.map((l) => [lower(l.skuId), l]));
  const changes: LicenseChange[] = [];
  for (const [sku, license] of now) {
    const was = old.get(sku);
    if (was === undefined) {
      changes.push({
        skuId: license.skuId,
        productName: license.productName,
        kind: 'added',
        turnedOn: minus(
          purchasedPlans(license.skuId).map((id) => ({ id, name: planName(id) })),
          license.disabledPlans,
        ),
        turnedOff: [...license.disabledPlans].sort(byName),
      });
      continue;
    }
    // A plan disabled before and not now was turned on; disabled now and not before, turned off.
    const turnedOn = minus(was.disabledPlans, license.disabledPlans);
    const turnedOff = minus(license.disabledPlans, was.disabledPlans);
    if (turnedOn.length > 0 || turnedOff.length > 0)
      changes.push({
        skuId: license.skuId,
        productName: license.productName,
        kind: 'plans',
        turnedOn,
        turnedOff,
      });
  }
  for (const [sku, license] of old)
    if (!now.has(sku))
      changes.push({
        skuId: license.skuId,
        productName: license.productName,
        kind: 'removed',
        turnedOn: [],
        turnedOff: [],
      });
  return changes.sort(
    (a, b) => a.productName.localeCompare(b.productName) || a.skuId.localeCompare(b.skuId),
  );
}

/** An empty side of a licence property: no value, or Graph's empty list. */
const isEmpty = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '' || value.trim() === '[]';

/**
 * The licence changes an entry's modified properties record, or null when none of its properties
 * is a licence list (a rule change, a member added): then the raw table says it all.
 */
export function licenseChangesOf(properties: readonly ModifiedProperty[]): LicenseChange[] | null {
  let found = false;
  const changes: LicenseChange[] = [];
  for (const property of properties) {
    const before = parseLicenseValue(property.oldValue);
    const after = parseLicenseValue(property.newValue);
    if (before === null && !(after !== null && isEmpty(property.oldValue))) continue;
    if (after === null && !(before !== null && isEmpty(property.newValue))) continue;
    found = true;
    changes.push(...licenseChanges(before ?? [], after ?? []));
  }
  return found ? changes : null;
}
