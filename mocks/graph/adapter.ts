/**
 * The one place that maps engine shapes to Graph wire shapes: users, groups, subscribedSkus,
 * licenseDetails, licenseAssignmentStates and assignedPlans. Dates become ISO strings, engine
 * plan statuses become Graph `capabilityStatus`, subscriptions get Graph's `{tenantId}_{skuId}` id.
 */
import type {
  AssignedPlanState,
  AssignmentStateView,
  ExtensionAttributeName,
  GroupView,
  LicenseRequest,
  SubscriptionView,
  UserLicenseView,
  UserProfile,
} from '../../src/engine';
import { isoDate } from './clock';
import type { GroupExtras, Organization, SkuExtras, UserExtras } from './model';
import { companySubscriptions } from './subscriptions';

/** `assignedLicense`. */
export function assignedLicenseWire(license: LicenseRequest): {
  disabledPlans: string[];
  skuId: string;
} {
  return { disabledPlans: [...license.disabledPlans], skuId: license.skuId };
}

/** `licenseAssignmentState`; success reads `error: "None"` as Graph returns it. */
export function licenseStateWire(state: AssignmentStateView): Record<string, unknown> {
  return {
    assignedByGroup: state.assignedByGroup,
    disabledPlans: [...state.disabledPlans],
    error: state.error,
    lastUpdatedDateTime: isoDate(state.lastUpdatedDateTime),
    skuId: state.skuId,
    state: state.state,
  };
}

/** `assignedPlan`; the engine's statuses (Enabled, Suspended, Deleted) are Graph's names already. */
export function assignedPlanWire(plan: AssignedPlanState): Record<string, unknown> {
  return {
    assignedDateTime: isoDate(plan.assignedDateTime),
    capabilityStatus: plan.capabilityStatus,
    service: plan.service,
    servicePlanId: plan.servicePlanId,
  };
}

/** `subscribedSku.capabilityStatus` from its units (research doc 1.6). */
export function skuCapabilityStatus(units: SubscriptionView['prepaidUnits']): string {
  if (units.enabled > 0) return 'Enabled';
  if (units.warning > 0) return 'Warning';
  if (units.suspended > 0) return 'Suspended';
  if (units.lockedOut > 0) return 'LockedOut';
  return 'Deleted';
}

/** `servicePlanInfo` of a product's plans (`subscribedSku.servicePlans`, `companySubscription.serviceStatus`). */
function servicePlansWire(sku: SubscriptionView): Record<string, unknown>[] {
  return sku.servicePlans.map((p) => ({
    servicePlanId: p.servicePlanId,
    servicePlanName: p.servicePlanName,
    provisioningStatus: 'Success',
    appliesTo: 'User',
  }));
}

/** `subscribedSku`, id `{tenantId}_{skuId}`; `subscriptionIds` name its `companySubscription`s. */
export function subscribedSkuWire(
  org: Organization,
  sku: SubscriptionView,
  extras: SkuExtras | undefined,
  now: number,
): Record<string, unknown> {
  return {
    id: `${org.id}_${sku.skuId}`,
    accountId: org.id,
    accountName: org.displayName,
    appliesTo: 'User',
    capabilityStatus: skuCapabilityStatus(sku.prepaidUnits),
    consumedUnits: sku.consumedUnits,
    prepaidUnits: { ...sku.prepaidUnits },
    servicePlans: servicePlansWire(sku),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    subscriptionIds: companySubscriptions(sku, extras, now).map((s) => s.id),
  };
}

/** `companySubscription`s of a product (`GET /directory/subscriptions`). */
export function companySubscriptionsWire(
  sku: SubscriptionView,
  extras: SkuExtras | undefined,
  now: number,
): Record<string, unknown>[] {
  return companySubscriptions(sku, extras, now).map((s) => ({
    id: s.id,
    commerceSubscriptionId: s.commerceSubscriptionId,
    createdDateTime: isoDate(s.createdDateTime),
    isTrial: false,
    nextLifecycleDateTime:
      s.nextLifecycleDateTime === null ? null : isoDate(s.nextLifecycleDateTime),
    ownerId: null,
    ownerTenantId: null,
    ownerType: null,
    serviceStatus: servicePlansWire(sku),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    status: s.status,
    totalLicenses: s.totalLicenses,
  }));
}

function guidBytes(guid: string): number[] {
  const hex = guid.replaceAll('-', '');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  return bytes;
}

/** The id of a user's licenseDetails for a SKU: base64url of the SKU and user GUID bytes (stable). */
export function licenseDetailsId(userId: string, skuId: string): string {
  const bytes = [...guidBytes(skuId), ...guidBytes(userId)];
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** `licenseDetails` of a user: one per assigned SKU, plan status per the user's enabled plans. */
export function licenseDetailsWire(
  userId: string,
  license: UserLicenseView,
  subscription: (skuId: string) => SubscriptionView | undefined,
): Record<string, unknown>[] {
  return license.assignedLicenses.map((assigned) => {
    const sku = subscription(assigned.skuId);
    const disabled = new Set(assigned.disabledPlans);
    return {
      id: licenseDetailsId(userId, assigned.skuId),
      skuId: assigned.skuId,
      skuPartNumber: sku?.skuPartNumber ?? null,
      servicePlans: (sku?.servicePlans ?? []).map((p) => ({
        servicePlanId: p.servicePlanId,
        servicePlanName: p.servicePlanName,
        provisioningStatus: disabled.has(p.servicePlanId) ? 'Disabled' : 'Success',
        appliesTo: 'User',
      })),
    };
  });
}

/** A user as the OData layer reads it: profile, Graph-only fields and the licence view on demand. */
export interface UserRow {
  readonly id: string;
  readonly profile: UserProfile;
  readonly extras: UserExtras;
  license(): UserLicenseView;
}

/** A group as the OData layer reads it. */
export interface GroupRow {
  readonly id: string;
  readonly extras: GroupExtras;
  readonly view: GroupView;
  /** The tenant's default domain, for `mail`. */
  readonly domain: string;
  hasMembersWithLicenseErrors(): boolean;
}

const extensionNames = Array.from(
  { length: 15 },
  (_, i) => `extensionAttribute${String(i + 1)}` as ExtensionAttributeName,
);

/** `onPremisesExtensionAttributes` with all 15 keys, null when unset. */
export function extensionAttributesWire(profile: UserProfile): Record<string, string | null> {
  return Object.fromEntries(
    extensionNames.map((name) => [name, profile.extensionAttributes[name] ?? null]),
  );
}

/** `businessPhones` from the profile's first business phone. */
export function businessPhonesWire(profile: UserProfile): string[] {
  return profile.telephoneNumber ? [profile.telephoneNumber] : [];
}

/** `membershipRuleProcessingState`: On or Paused for dynamic groups, null otherwise. */
export function ruleProcessingStateWire(view: GroupView): string | null {
  if (view.membershipKind !== 'dynamic') return null;
  return view.paused ? 'Paused' : 'On';
}

/** A group's SMTP address (mail-enabled groups only). */
export function groupMail(row: GroupRow): string | null {
  return row.extras.mailEnabled ? `${row.extras.mailNickname}@${row.domain}` : null;
}

/** `organization`. */
export function organizationWire(org: Organization): Record<string, unknown> {
  return {
    id: org.id,
    displayName: org.displayName,
    countryLetterCode: org.countryLetterCode,
    createdDateTime: isoDate(org.createdDateTime),
    tenantType: 'AAD',
    verifiedDomains: [
      {
        capabilities: 'Email, OfficeCommunicationsOnline',
        isDefault: true,
        isInitial: true,
        name: org.defaultDomain,
        type: 'Managed',
      },
    ],
    assignedPlans: [],
    businessPhones: [],
    city: null,
    country: null,
    postalCode: null,
    state: null,
    street: null,
    preferredLanguage: 'en',
  };
}
