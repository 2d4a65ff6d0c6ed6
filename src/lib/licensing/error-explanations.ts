/**
 * A licence error in the admin's words, naming plans and products. Graph's
 * `licenseAssignmentState` carries only the error code; which plans are involved is worked out
 * with the engine's own rules (`exclusiveConflicts`, `unmetPrerequisites`, the catalog's
 * usage-location rule) from the plans the user has. Every blade shows the same line:
 * "<title>: <what happened>", the title alone where there is no room.
 */
import { catalog } from '../../engine/catalog/catalog';
import { exclusiveConflicts, unmetPrerequisites } from '../../engine/plan-explain';
import type { Assignment, UserPlan } from '../../api/types';
import { planName, productName, purchasedPlans } from './names';
import { errorTitle } from './words';

/** What an explanation may look at: the user's plans, usage location and other assignments. */
export interface ErrorContext {
  readonly plans: readonly UserPlan[];
  readonly usageLocation: string | null;
  readonly assignments: readonly Assignment[];
}

const names = (ids: readonly string[]) => ids.map((id) => planName(id)).join(' and ');
const sameSource = (a: Assignment, b: Assignment) =>
  a.source.kind === b.source.kind &&
  (a.source.kind === 'direct' ||
    (b.source.kind === 'group' && a.source.groupId === b.source.groupId));

/** The sentence after the title, for one assignment in error; null when it has no error. */
export function explainError(assignment: Assignment, user: ErrorContext): string | null {
  const { error, skuId } = assignment;
  if (error === null) return null;
  const product = productName(skuId);
  const plans = purchasedPlans(skuId).filter((id) => !assignment.disabledPlans.includes(id));
  const others = user.plans
    .filter((p) => p.capabilityStatus === 'Enabled' && !plans.includes(p.id))
    .map((p) => p.id);
  switch (error) {
    case 'CountViolation':
      return `every ${product} license is already assigned. Buy more or free some, then Reprocess.`;
    case 'MutuallyExclusiveViolation': {
      const conflicts = exclusiveConflicts(plans, others);
      return conflicts.length > 0
        ? conflicts
            .map(([mine, theirs]) => `${planName(mine)} conflicts with ${planName(theirs)}`)
            .join('; ')
        : `a plan of ${product} cannot be combined with one the user already has.`;
    }
    case 'DependencyViolation': {
      const [missing] = unmetPrerequisites(plans, others);
      if (missing) return `${planName(missing.planId)} needs ${names(missing.requires)}.`;
      const given = new Set<string>(plans);
      const [dependent] = unmetPrerequisites(others, []).filter((d) =>
        d.requires.some((id) => given.has(id)),
      );
      return dependent
        ? `${planName(dependent.planId)} needs ${names(dependent.requires)}, which ${product} gives.`
        : `a plan of ${product} depends on a plan the user does not have.`;
    }
    case 'ProhibitedInUsageLocationViolation': {
      const location = user.usageLocation;
      const blocked = location
        ? plans.find((id) => !catalog.isPlanAvailableIn(id, location))
        : undefined;
      return blocked && location
        ? `${planName(blocked)} is not available in ${location}.`
        : `a service plan of ${product} is not available in the user's usage location.`;
    }
    case 'UniquenessViolation':
      return "another object already uses one of this user's proxy addresses.";
    case 'Other': {
      const failed = user.assignments.find(
        (a) =>
          a !== assignment && sameSource(a, assignment) && a.error !== null && a.error !== 'Other',
      );
      return failed
        ? `${productName(failed.skuId)} could not be assigned (${errorTitle(failed.error ?? '')}), so none of the group's licenses were applied.`
        : "another license from the same group could not be assigned, so none of the group's licenses were applied.";
    }
    default:
      return null;
  }
}

/** "<title>: <what happened>", or the title alone when nothing more is known. */
export function errorLine(assignment: Assignment, user: ErrorContext): string {
  const detail = explainError(assignment, user);
  const title = errorTitle(assignment.error ?? '');
  return detail ? `${title}: ${detail}` : title;
}
