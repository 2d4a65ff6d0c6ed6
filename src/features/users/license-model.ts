/**
 * How a user's licences read in the portal, computed from Graph's `licenseAssignmentStates` and
 * `assignedPlans`: each product with its assignment paths, and for one product which source turns
 * each service plan on, which turns it off, and which is blocked by an error.
 */
import { catalog, describePlan } from '../../engine';
import type { LicenseAssignmentState, User } from '../../lib/graph/graph-types';

/** Where an assignment comes from: the user directly, or a group. */
export type LicenseSource =
  { readonly kind: 'direct' } | { readonly kind: 'group'; readonly groupId: string };

export interface AssignmentPath {
  readonly source: LicenseSource;
  readonly state: string;
  readonly error: string;
  readonly disabledPlans: readonly string[];
}

export interface ProductLicense {
  readonly skuId: string;
  readonly name: string;
  readonly paths: readonly AssignmentPath[];
  readonly direct: AssignmentPath | undefined;
  readonly groupIds: readonly string[];
}

export interface PlanSources {
  readonly servicePlanId: string;
  readonly name: string;
  /** On: at least one applied source enables it. */
  readonly on: boolean;
  /** `assignedPlans.capabilityStatus` (Enabled, Suspended, Deleted), when the user has the plan. */
  readonly capabilityStatus: string | undefined;
  readonly enabledBy: readonly LicenseSource[];
  readonly disabledBy: readonly LicenseSource[];
  readonly blockedBy: readonly { readonly source: LicenseSource; readonly error: string }[];
}

/** A product's name: the catalog's display name, else the id. */
export function productDisplayName(skuId: string): string {
  return catalog.product(skuId)?.displayName ?? skuId;
}

function toPath(state: LicenseAssignmentState): AssignmentPath {
  return {
    source: state.assignedByGroup
      ? { kind: 'group', groupId: state.assignedByGroup }
      : { kind: 'direct' },
    state: state.state ?? 'Active',
    error: state.error ?? 'None',
    disabledPlans: state.disabledPlans ?? [],
  };
}

/** The user's products, in Graph's order, each with every assignment path (direct first). */
export function productLicenses(user: Pick<User, 'licenseAssignmentStates'>): ProductLicense[] {
  const bySku = new Map<string, AssignmentPath[]>();
  for (const state of user.licenseAssignmentStates ?? []) {
    if (!state.skuId) continue;
    const paths = bySku.get(state.skuId) ?? [];
    paths.push(toPath(state));
    bySku.set(state.skuId, paths);
  }
  return [...bySku.entries()].map(([skuId, paths]) => {
    const sorted = [...paths].sort(
      (a, b) => (a.source.kind === 'direct' ? -1 : 0) - (b.source.kind === 'direct' ? -1 : 0),
    );
    return {
      skuId,
      name: productDisplayName(skuId),
      paths: sorted,
      direct: sorted.find((p) => p.source.kind === 'direct'),
      groupIds: sorted.flatMap((p) => (p.source.kind === 'group' ? [p.source.groupId] : [])),
    };
  });
}

/** Every group id named by the user's assignment paths. */
export function assigningGroupIds(user: Pick<User, 'licenseAssignmentStates'>): string[] {
  return [
    ...new Set(
      (user.licenseAssignmentStates ?? []).flatMap((s) =>
        s.assignedByGroup ? [s.assignedByGroup] : [],
      ),
    ),
  ];
}

const isApplied = (path: AssignmentPath) =>
  path.state === 'Active' || path.state === 'ActiveWithError';

/** For each service plan of a product: on or off, and which sources enable, disable or block it. */
export function planSources(
  user: Pick<User, 'licenseAssignmentStates' | 'assignedPlans'>,
  skuId: string,
): PlanSources[] {
  const product = productLicenses(user).find((p) => p.skuId === skuId);
  const planIds = catalog.product(skuId)?.servicePlanIds ?? [];
  const status = new Map(
    (user.assignedPlans ?? []).map((p) => [p.servicePlanId ?? '', p.capabilityStatus ?? undefined]),
  );
  return planIds.map((servicePlanId) => {
    const enabledBy: LicenseSource[] = [];
    const disabledBy: LicenseSource[] = [];
    const blockedBy: { source: LicenseSource; error: string }[] = [];
    for (const path of product?.paths ?? []) {
      if (!isApplied(path)) blockedBy.push({ source: path.source, error: path.error });
      else if (path.disabledPlans.includes(servicePlanId)) disabledBy.push(path.source);
      else enabledBy.push(path.source);
    }
    return {
      servicePlanId,
      name: describePlan(servicePlanId),
      on: enabledBy.length > 0,
      capabilityStatus: status.get(servicePlanId),
      enabledBy,
      disabledBy,
      blockedBy,
    };
  });
}

/** A source in words: "Direct" or "Inherited (Group name)". */
export function pathLabel(source: LicenseSource, groupName: (id: string) => string): string {
  return source.kind === 'direct' ? 'Direct' : `Inherited (${groupName(source.groupId)})`;
}

/** A source's short name: "Direct" or the group's name. */
export function sourceName(source: LicenseSource, groupName: (id: string) => string): string {
  return source.kind === 'direct' ? 'Direct' : groupName(source.groupId);
}
