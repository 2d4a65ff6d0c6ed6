/**
 * The engine's tenant from a tenant copy: the inverse of the emulator's adapter
 * (`mocks/graph/adapter.ts`), and the one place Graph's wire shapes become engine records here.
 * It builds the engine's own snapshot (`TenantSnapshot`) and restores it, so recorded outcomes
 * (which entries are applied, which are in error) are taken from Graph as they are, never
 * recomputed: the engine keeps an outcome until a Reprocess (invariant 2), so recomputing would
 * heal errors Graph still shows.
 *
 * What Graph does not expose is decided here, and listed in this folder's README:
 * - the version of an `ActiveWithError` entry still in effect: read from the user's
 *   `assignedLicenses` for that SKU (exact when no other applied entry of the user holds it);
 * - the plans an error is about (`errorPlans`): none;
 * - when a lost plan was suspended: at the copy's time (Suspended) or a grace period before it
 *   (Deleted), so each reads as Graph showed it at the copy's time;
 * - since when an entry is applied: the earliest date of the plans it enables, with the dates
 *   Graph shows kept per plan where they differ;
 * - when a plan was added to a product: unknown (no review of new plans from a copy);
 * - queued licence processing: none (the copy says which groups were processing);
 * - creation order, which the engine processes users and groups in: `createdDateTime`, then the
 *   order Graph listed them in.
 */
import {
  Tenant,
  blankProfile,
  catalog as defaultCatalog,
  compileRule,
  type AssignmentError,
  type Catalog,
  type ExtensionAttributeName,
  type SnapshotGroup,
  type SnapshotSku,
  type SnapshotUser,
  type TenantSnapshot,
  type UserProfile,
} from '../../engine';
import {
  USER_TEXT_PROPERTIES,
  type CopyAssignmentState,
  type CopyGroup,
  type CopyUser,
  type TenantCopy,
} from './copy-types';

const DAY = 86_400_000;

/** How the engine is set up for a copy. */
export interface EngineFromCopyOptions {
  /** The engine's clock; default: the copy's time, so previews read the tenant as it was copied. */
  readonly clock?: () => number;
  /** The grace period of lost plans (Graph's is 30 days). */
  readonly gracePeriodMs?: number;
  readonly catalog?: Catalog;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const time = (iso: string | null | undefined, fallback: number): number => {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? fallback : ms;
};

/** A user's directory attributes from Graph's properties. */
export function profileFromCopy(user: CopyUser): UserProfile {
  const profile: Record<string, unknown> = { ...blankProfile(user.id, '') };
  for (const key of USER_TEXT_PROPERTIES) profile[key] = str(user[key]);
  const attributes = (user.onPremisesExtensionAttributes ?? {}) as Record<string, unknown>;
  const extensionAttributes: Partial<Record<ExtensionAttributeName, string>> = {};
  for (const [name, value] of Object.entries(attributes))
    if (typeof value === 'string') extensionAttributes[name as ExtensionAttributeName] = value;
  return {
    ...(profile as unknown as UserProfile),
    userPrincipalName: str(user.userPrincipalName) ?? user.id,
    telephoneNumber: strings(user.businessPhones)[0] ?? null,
    accountEnabled: user.accountEnabled !== false,
    onPremisesSyncEnabled:
      typeof user.onPremisesSyncEnabled === 'boolean' ? user.onPremisesSyncEnabled : null,
    proxyAddresses: strings(user.proxyAddresses),
    otherMails: strings(user.otherMails),
    extensionAttributes,
  };
}

/** Directory order: `createdDateTime`, then the order Graph listed the objects in. */
function creationOrder<T extends { readonly createdDateTime: string | null }>(
  items: readonly T[],
): T[] {
  return items
    .map((item, index) => ({ item, index, at: time(item.createdDateTime, 0) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((x) => x.item);
}

/** The version of an entry in effect, from what Graph shows (see the module comment). */
function appliedOf(state: CopyAssignmentState, user: CopyUser): readonly string[] | null {
  if (state.state === 'Active') return state.disabledPlans;
  if (state.state !== 'ActiveWithError') return null;
  const assigned = user.assignedLicenses.find((l) => l.skuId === state.skuId);
  return assigned ? assigned.disabledPlans : state.disabledPlans;
}

function userItem(
  user: CopyUser,
  planIdsOf: (skuId: string) => readonly string[],
  takenAt: number,
  gracePeriodMs: number,
): SnapshotUser {
  const enabledDate = new Map<string, number>();
  const lost: [string, { service: string; assignedAt: number; suspendedAt: number }][] = [];
  for (const plan of user.assignedPlans) {
    const assignedAt = time(plan.assignedDateTime, takenAt);
    if (plan.capabilityStatus === 'Enabled') enabledDate.set(plan.servicePlanId, assignedAt);
    else {
      const suspendedAt = plan.capabilityStatus === 'Deleted' ? takenAt - gracePeriodMs : takenAt;
      lost.push([plan.servicePlanId, { service: plan.service, assignedAt, suspendedAt }]);
    }
  }
  const entries = user.licenseAssignmentStates.map((state) => {
    const updatedAt = time(state.lastUpdatedDateTime, takenAt);
    const applied = appliedOf(state, user);
    const off = new Set(applied ?? []);
    const dates = planIdsOf(state.skuId)
      .filter((id) => !off.has(id))
      .flatMap((id) => enabledDate.get(id) ?? []);
    return {
      skuId: state.skuId,
      groupId: state.assignedByGroup,
      disabled: state.disabledPlans,
      applied,
      error: state.error as AssignmentError,
      errorPlans: [],
      updatedAt,
      appliedAt: applied === null || dates.length === 0 ? updatedAt : Math.min(...dates),
    };
  });
  // The engine dates an enabled plan by the earliest entry enabling it; keep Graph's date where it differs.
  const derived = new Map<string, number>();
  for (const entry of entries) {
    if (entry.applied === null) continue;
    const off = new Set(entry.applied);
    for (const id of planIdsOf(entry.skuId)) {
      if (off.has(id)) continue;
      const known = derived.get(id);
      if (known === undefined || entry.appliedAt < known) derived.set(id, entry.appliedAt);
    }
  }
  const since = [...enabledDate].filter(([id, date]) => derived.get(id) !== date);
  return { profile: profileFromCopy(user), entries, lost, since };
}

function groupItem(group: CopyGroup): SnapshotGroup {
  const rule = group.groupTypes.includes('DynamicMembership') ? group.membershipRule : null;
  return {
    id: group.id,
    securityEnabled: group.securityEnabled,
    rule:
      rule !== null
        ? {
            text: rule,
            paused: group.membershipRuleProcessingState === 'Paused',
          }
        : null,
    licenses: group.assignedLicenses,
    members: group.members?.users ?? [],
    memberGroups: group.members?.groups ?? [],
  };
}

/** The engine's snapshot of a copy. */
export function snapshotFromCopy(
  copy: TenantCopy,
  options: Pick<EngineFromCopyOptions, 'gracePeriodMs' | 'catalog'> = {},
): TenantSnapshot {
  const catalog = options.catalog ?? defaultCatalog;
  const gracePeriodMs = options.gracePeriodMs ?? 30 * DAY;
  const skus: SnapshotSku[] = copy.skus.map((sku) => ({
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    prepaid: sku.prepaidUnits,
    planIds: sku.servicePlans.map((p) => p.servicePlanId),
    planAddedAt: [],
  }));
  const planIds = new Map(skus.map((s) => [s.skuId, s.planIds]));
  const planIdsOf = (skuId: string) => planIds.get(skuId) ?? [];
  const services = new Map(
    copy.users.flatMap((u) => u.assignedPlans.map((p) => [p.servicePlanId, p.service] as const)),
  );
  const plans = copy.skus
    .flatMap((sku) => sku.servicePlans)
    .filter(
      (p, i, all) =>
        catalog.plan(p.servicePlanId) === undefined &&
        all.findIndex((q) => q.servicePlanId === p.servicePlanId) === i,
    )
    .map((p) => ({
      servicePlanId: p.servicePlanId,
      servicePlanName: p.servicePlanName,
      friendlyName: p.servicePlanName,
      service: services.get(p.servicePlanId) ?? '',
    }));
  return {
    version: 1,
    tenantCountry: copy.tenantCountry,
    plans,
    skus,
    users: creationOrder(copy.users).map((u) =>
      userItem(u, planIdsOf, copy.takenAt, gracePeriodMs),
    ),
    groups: creationOrder(copy.groups).map(groupItem),
    jobs: [],
  };
}

/** Compiles a rule Graph holds; one the engine cannot read is refused in words. */
function compile(text: string) {
  const result = compileRule(text);
  if (!result.ok)
    throw new Error(
      `A membership rule in the tenant cannot be read by the portal's rule engine: ${text} (${result.diagnostics.map((d) => d.message).join('; ')})`,
    );
  return result.rule;
}

/** The engine's tenant built from a copy. */
export function tenantFromCopy(copy: TenantCopy, options: EngineFromCopyOptions = {}): Tenant {
  const snapshot = snapshotFromCopy(copy, options);
  return Tenant.fromSnapshot(
    snapshot,
    {
      tenantCountry: copy.tenantCountry,
      clock: options.clock ?? (() => copy.takenAt),
      ...(options.gracePeriodMs === undefined ? {} : { gracePeriodMs: options.gracePeriodMs }),
      ...(options.catalog ? { catalog: options.catalog } : {}),
    },
    compile,
  );
}
