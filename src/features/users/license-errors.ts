/**
 * Licence assignment errors in the admin's words, naming plans and products. Graph's
 * `licenseAssignmentState` carries only the error code, so the plans involved are worked out from
 * the catalog's rules and the user's other enabled plans.
 */
import { catalog, describePlan } from '../../engine';
import type { User } from '../../lib/graph/graph-types';
import { productDisplayName } from './license-model';

type UserLicensing = Pick<User, 'assignedPlans' | 'usageLocation' | 'licenseAssignmentStates'>;

/** Plans of this source that it would enable. */
function sourcePlans(skuId: string, disabledPlans: readonly string[]): string[] {
  return (catalog.product(skuId)?.servicePlanIds ?? []).filter((id) => !disabledPlans.includes(id));
}

function enabledPlans(user: UserLicensing): Set<string> {
  return new Set(
    (user.assignedPlans ?? [])
      .filter((p) => p.capabilityStatus === 'Enabled')
      .map((p) => p.servicePlanId ?? ''),
  );
}

function conflict(user: UserLicensing, plans: readonly string[]): string | null {
  const others = enabledPlans(user);
  for (const plan of plans) {
    for (const group of catalog.exclusiveGroups) {
      if (!group.servicePlanIds.includes(plan)) continue;
      const clash = group.servicePlanIds.find(
        (other) => other !== plan && others.has(other) && !plans.includes(other),
      );
      if (clash) return `${describePlan(plan)} and ${describePlan(clash)}`;
    }
  }
  return null;
}

function missingDependency(user: UserLicensing, plans: readonly string[]): string | null {
  const have = new Set([...enabledPlans(user), ...plans]);
  for (const dependency of catalog.dependencies) {
    if (dependency.source !== 'microsoft' || !plans.includes(dependency.servicePlanId)) continue;
    if (dependency.requiresAnyOf.some((alternative) => alternative.every((id) => have.has(id))))
      continue;
    const needed =
      dependency.requiresAnyOf[0]?.map(describePlan).join(' and ') ?? 'another service plan';
    return `${describePlan(dependency.servicePlanId)} needs ${needed}`;
  }
  return null;
}

/** A short phrase for an error code, for list columns. */
export function errorSummary(error: string): string {
  switch (error) {
    case 'CountViolation':
      return 'Not enough licenses';
    case 'MutuallyExclusiveViolation':
      return 'Conflicting service plans';
    case 'DependencyViolation':
      return 'Missing a required service plan';
    case 'ProhibitedInUsageLocationViolation':
      return 'Not available in the usage location';
    case 'UniquenessViolation':
      return 'Duplicate proxy address';
    case 'Other':
      return 'Another license in the group failed';
    default:
      return error;
  }
}

/** The full sentence for one assignment's error, with plan and product names where they are known. */
export function errorText(
  user: UserLicensing,
  skuId: string,
  error: string,
  disabledPlans: readonly string[] = [],
): string {
  const plans = sourcePlans(skuId, disabledPlans);
  switch (error) {
    case 'None':
      return '';
    case 'CountViolation':
      return `Not enough licenses: every ${productDisplayName(skuId)} license is already assigned. Buy more or free some, then Reprocess.`;
    case 'MutuallyExclusiveViolation': {
      const pair = conflict(user, plans);
      return pair
        ? `Conflicting service plans: ${pair}.`
        : 'Conflicting service plans: a plan of this product cannot be combined with one the user already has.';
    }
    case 'DependencyViolation': {
      const missing = missingDependency(user, plans);
      return missing
        ? `Missing a required service plan: ${missing}.`
        : 'Missing a required service plan: a plan of this product depends on a plan the user does not have.';
    }
    case 'ProhibitedInUsageLocationViolation': {
      const location = user.usageLocation ?? '';
      const blocked = location
        ? plans.find((id) => !catalog.isPlanAvailableIn(id, location))
        : undefined;
      return blocked
        ? `${describePlan(blocked)} is not available in the user's usage location (${location}).`
        : "A service plan of this product is not available in the user's usage location.";
    }
    case 'UniquenessViolation':
      return "Duplicate proxy address: another object already uses one of this user's proxy addresses.";
    case 'Other':
      return "Not applied: another license from the same group could not be assigned to this user, so none of that group's licenses were.";
    default:
      return error;
  }
}

/** The Status column of the user list: "No licenses", "Licensed", or the errors in words. */
export function userStatus(user: Pick<User, 'licenseAssignmentStates'>): string {
  const states = user.licenseAssignmentStates ?? [];
  if (states.length === 0) return 'No licenses';
  const errors = [
    ...new Set(
      states.filter((s) => s.error && s.error !== 'None').map((s) => errorSummary(s.error ?? '')),
    ),
  ];
  return errors.length === 0 ? 'Licensed' : `Error: ${errors.join(', ')}`;
}
