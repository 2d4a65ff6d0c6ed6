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
import type { Translate } from '../i18n/use-t';
import { errorTitle } from './words';

/** What an explanation may look at: the user's plans, usage location and other assignments. */
export interface ErrorContext {
  readonly plans: readonly UserPlan[];
  readonly usageLocation: string | null;
  readonly assignments: readonly Assignment[];
}

/** "A and B" (and "A and B and C"), in the admin's language. */
const names = (t: Translate, ids: readonly string[]) =>
  ids.map((id) => planName(id)).reduce((first, second) => t('licensing.and', { first, second }));
const sameSource = (a: Assignment, b: Assignment) =>
  a.source.kind === b.source.kind &&
  (a.source.kind === 'direct' ||
    (b.source.kind === 'group' && a.source.groupId === b.source.groupId));

/** The sentence after the title, for one assignment in error; null when it has no error. */
export function explainError(
  t: Translate,
  assignment: Assignment,
  user: ErrorContext,
): string | null {
  const { error, skuId } = assignment;
  if (error === null) return null;
  const product = productName(skuId);
  const plans = purchasedPlans(skuId).filter((id) => !assignment.disabledPlans.includes(id));
  const others = user.plans
    .filter((p) => p.capabilityStatus === 'Enabled' && !plans.includes(p.id))
    .map((p) => p.id);
  switch (error) {
    case 'CountViolation':
      return t('licensing.explain.count', { product });
    case 'MutuallyExclusiveViolation': {
      const conflicts = exclusiveConflicts(plans, others);
      return conflicts.length > 0
        ? conflicts
            .map(([mine, theirs]) =>
              t('licensing.explain.conflict', { plan: planName(mine), other: planName(theirs) }),
            )
            .join('; ')
        : t('licensing.explain.conflictUnknown', { product });
    }
    case 'DependencyViolation': {
      const [missing] = unmetPrerequisites(plans, others);
      if (missing)
        return t('licensing.explain.needs', {
          plan: planName(missing.planId),
          required: names(t, missing.requires),
        });
      const given = new Set<string>(plans);
      const [dependent] = unmetPrerequisites(others, []).filter((d) =>
        d.requires.some((id) => given.has(id)),
      );
      return dependent
        ? t('licensing.explain.needsGiven', {
            plan: planName(dependent.planId),
            required: names(t, dependent.requires),
            product,
          })
        : t('licensing.explain.dependsUnknown', { product });
    }
    case 'ProhibitedInUsageLocationViolation': {
      const location = user.usageLocation;
      const blocked = location
        ? plans.find((id) => !catalog.isPlanAvailableIn(id, location))
        : undefined;
      return blocked && location
        ? t('licensing.explain.location', { plan: planName(blocked), location })
        : t('licensing.explain.locationUnknown', { product });
    }
    case 'UniquenessViolation':
      return t('licensing.explain.proxy');
    case 'Other': {
      const failed = user.assignments.find(
        (a) =>
          a !== assignment && sameSource(a, assignment) && a.error !== null && a.error !== 'Other',
      );
      return failed
        ? t('licensing.explain.otherFailed', {
            product: productName(failed.skuId),
            title: errorTitle(t, failed.error ?? ''),
          })
        : t('licensing.explain.otherUnknown');
    }
    default:
      return null;
  }
}

/** "<title>: <what happened>", or the title alone when nothing more is known. */
export function errorLine(t: Translate, assignment: Assignment, user: ErrorContext): string {
  const detail = explainError(t, assignment, user);
  const title = errorTitle(t, assignment.error ?? '');
  return detail ? t('licensing.explain.line', { title, detail }) : title;
}
