/**
 * Readable Modified Properties: Graph writes licences as JSON arrays of
 * `[SkuName=ENTERPRISEPACK, SkuId=<guid>, DisabledPlans=[<guid>,…]]` strings.
 */
import { planName, productName } from '../../lib/licensing/names';

export interface LicenseValue {
  readonly skuId: string;
  readonly skuName: string;
  /** The product's display name from the catalog, or the SkuName. */
  readonly productName: string;
  readonly disabledPlans: readonly { readonly id: string; readonly name: string }[];
}

const LICENSE = /^\[SkuName=(.*?), SkuId=([0-9a-fA-F-]+), DisabledPlans=\[(.*)\]\]$/;

/** A licence as the portal reads it now (a group's or a user's direct one), named like a record's. */
export function licenseValueOf(
  skuId: string,
  disabledPlans: readonly string[],
  skuName = '',
): LicenseValue {
  return {
    skuId,
    skuName,
    productName: productName(skuId, skuName),
    disabledPlans: disabledPlans.map((id) => ({ id, name: planName(id) })),
  };
}

function parseOne(text: string): LicenseValue | null {
  const match = LICENSE.exec(text.trim());
  if (!match) return null;
  const [, skuName = '', skuId = '', plans = ''] = match;
  return licenseValueOf(
    skuId,
    plans
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    skuName,
  );
}

/** The licences in a modified property value, or null when the value is not a licence list. */
export function parseLicenseValue(value: string | null | undefined): LicenseValue[] | null {
  if (!value?.includes('SkuId=')) return null;
  let items: unknown;
  try {
    items = JSON.parse(value);
  } catch {
    items = [value];
  }
  if (!Array.isArray(items)) return null;
  const parsed = items.map((item) => (typeof item === 'string' ? parseOne(item) : null));
  return parsed.every((p): p is LicenseValue => p !== null) ? parsed : null;
}

/** A plain value: a JSON array of strings reads as its items, separated by commas. */
export function plainValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map(String).join(', ');
  } catch {
    // not JSON: shown as written
  }
  return value.replace(/^\[(.*)\]$/s, '$1');
}

/** "Users successfully assigned licenses: N, Users for whom license assignment failed: M." of a Finish record. */
export function finishSummary(value: string | null | undefined): string | null {
  const match =
    /Users successfully assigned licenses: \d+, Users for whom license assignment failed: \d+\./.exec(
      value ?? '',
    );
  return match ? match[0] : null;
}
