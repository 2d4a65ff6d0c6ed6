import { catalog } from '../catalog/catalog';
import { Tenant } from '../tenant';
import type { PrepaidUnits } from '../types';
import { blankProfile, type UserProfile } from '../user-profile';

/** Test helpers that read like the product documentation: real SKUs and plans by their names. */

/** The skuId of a catalog product, by part number. Throws for a typo, so tests fail loudly. */
export function skuOf(skuPartNumber: string): string {
  const product = catalog.productByPartNumber(skuPartNumber);
  if (!product) throw new Error(`No product ${skuPartNumber} in the catalog`);
  return product.skuId;
}

/** The servicePlanId of a plan of a product, by plan name. */
export function planOf(skuPartNumber: string, servicePlanName: string): string {
  const product = catalog.productByPartNumber(skuPartNumber);
  const id = product?.servicePlanIds.find(
    (planId) => catalog.plan(planId)?.servicePlanName === servicePlanName,
  );
  if (!id) throw new Error(`No plan ${servicePlanName} in ${skuPartNumber}`);
  return id;
}

/** Disabled plans that leave exactly `enabled` (plan names) on in the product. */
export function onlyPlans(skuPartNumber: string, enabled: readonly string[]): string[] {
  const keep = new Set(enabled.map((name) => planOf(skuPartNumber, name)));
  const product = catalog.productByPartNumber(skuPartNumber);
  return (product?.servicePlanIds ?? []).filter((id) => !keep.has(id));
}

/** Seats with only `enabled` units. */
export function seats(enabled: number): PrepaidUnits {
  return { enabled, warning: 0, suspended: 0, lockedOut: 0 };
}

/** A tenant on a hand-driven clock (starts 2026-01-01). */
export function testTenant(tenantCountry = 'US'): {
  tenant: Tenant;
  clock: { now: number; advanceDays(days: number): void };
} {
  const clock = {
    now: Date.UTC(2026, 0, 1),
    advanceDays(days: number) {
      this.now += days * 86_400_000;
    },
  };
  const tenant = new Tenant({ tenantCountry, clock: () => clock.now });
  return { tenant, clock };
}

/** Adds a user with a usage location (default US) and any other attributes. */
export function addUser(tenant: Tenant, id: string, patch: Partial<UserProfile> = {}): string {
  tenant.addUser({ ...blankProfile(id, `${id}@contoso.com`), usageLocation: 'US', ...patch, id });
  return id;
}

/** Adds an assigned security group with the given user members. */
export function addGroup(
  tenant: Tenant,
  id: string,
  members: readonly string[] = [],
  securityEnabled = true,
): string {
  tenant.createGroup({ id, securityEnabled, membership: { kind: 'assigned' } });
  for (const member of members) tenant.addMember(id, member);
  return id;
}

/** Enabled plan ids of one SKU on a user. */
export function enabledPlans(tenant: Tenant, userId: string, skuPartNumber: string): string[] {
  const product = catalog.productByPartNumber(skuPartNumber);
  const enabled = new Set(
    tenant
      .license(userId)
      ?.assignedPlans.filter((p) => p.capabilityStatus === 'Enabled')
      .map((p) => p.servicePlanId),
  );
  return (product?.servicePlanIds ?? []).filter((id) => enabled.has(id));
}

/** `state/error` of each entry of a user, e.g. `['Active/None@g1']`. */
export function statesOf(tenant: Tenant, userId: string): string[] {
  return (tenant.license(userId)?.licenseAssignmentStates ?? []).map(
    (s) =>
      `${s.state}/${s.error}@${s.assignedByGroup ?? 'direct'}:${catalog.product(s.skuId)?.skuPartNumber ?? s.skuId}`,
  );
}

/** Status of a plan on a user, or null when the user never had it. */
export function planStatus(tenant: Tenant, userId: string, planId: string): string | null {
  return (
    tenant.license(userId)?.assignedPlans.find((p) => p.servicePlanId === planId)
      ?.capabilityStatus ?? null
  );
}
