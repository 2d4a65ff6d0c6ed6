/**
 * How a user holds licences, product by product: the assignment paths of each product (direct
 * first), and for one product which source turns each service plan on, which turns it off and
 * which is blocked by an error (the portal's "Why?").
 */
import type {
  Assignment,
  DirectSource,
  NamedAssignment,
  NamedGroupSource,
  SkuId,
  UserPlan,
} from '../../api/types';
import type { PlanId } from '../ids';
import { planName, productName, purchasedPlans } from './names';
import type { Translate } from '../i18n/use-t';
import { directInWords, errorTitle, pathsInWords, stateInWords, type PlanStatus } from './words';

export interface ProductLicense {
  readonly skuId: SkuId;
  readonly name: string;
  /** Every path, the direct one first. */
  readonly paths: readonly NamedAssignment[];
  readonly direct: NamedAssignment | undefined;
  /** The groups giving the product, by name. */
  readonly groups: readonly NamedGroupSource[];
}

/** The user's products, in Graph's order, each with its assignment paths. */
export function productLicenses(assignments: readonly NamedAssignment[]): ProductLicense[] {
  const bySku = new Map<SkuId, NamedAssignment[]>();
  for (const assignment of assignments) {
    const paths = bySku.get(assignment.skuId) ?? [];
    paths.push(assignment);
    bySku.set(assignment.skuId, paths);
  }
  return [...bySku.entries()].map(([skuId, paths]) => {
    const sorted = [
      ...paths.filter((p) => p.source.kind === 'direct'),
      ...paths.filter((p) => p.source.kind !== 'direct'),
    ];
    return {
      skuId,
      name: productName(skuId),
      paths: sorted,
      direct: sorted.find((p) => p.source.kind === 'direct'),
      groups: sorted.flatMap((p) => (p.source.kind === 'group' ? [p.source] : [])),
    };
  });
}

/** A source's name: "Direct" or the group's name. */
export const sourceName = (t: Translate, source: DirectSource | NamedGroupSource): string =>
  source.kind === 'direct' ? directInWords(t) : source.groupName;

/** A single path: "Direct" or "Inherited (E3 base services)". */
export const pathInWords = (t: Translate, source: DirectSource | NamedGroupSource): string =>
  source.kind === 'direct' ? pathsInWords(t, true, []) : pathsInWords(t, false, [source.groupName]);

export interface PlanSources {
  readonly planId: PlanId;
  readonly name: string;
  /** On: at least one applied source enables it. */
  readonly on: boolean;
  /** `assignedPlans.capabilityStatus` (Enabled, Suspended, Deleted), when the user has the plan. */
  readonly capabilityStatus: string | null;
  readonly enabledBy: readonly (DirectSource | NamedGroupSource)[];
  readonly disabledBy: readonly (DirectSource | NamedGroupSource)[];
  readonly blockedBy: readonly NamedAssignment[];
}

const isApplied = (path: Assignment) => path.state === 'Active' || path.state === 'ActiveWithError';

/** For each service plan of a product: on or off, and which sources enable, disable or block it. */
export function planSources(
  user: { readonly assignments: readonly NamedAssignment[]; readonly plans: readonly UserPlan[] },
  skuId: SkuId,
): PlanSources[] {
  const paths = user.assignments.filter((a) => a.skuId === skuId);
  const status = new Map(user.plans.map((p) => [p.id, p.capabilityStatus]));
  return purchasedPlans(skuId).map((planId) => {
    const enabledBy: (DirectSource | NamedGroupSource)[] = [];
    const disabledBy: (DirectSource | NamedGroupSource)[] = [];
    const blockedBy: NamedAssignment[] = [];
    for (const path of paths) {
      if (!isApplied(path)) blockedBy.push(path);
      else if (path.disabledPlans.includes(planId)) disabledBy.push(path.source);
      else enabledBy.push(path.source);
    }
    return {
      planId,
      name: planName(planId),
      on: enabledBy.length > 0,
      capabilityStatus: status.get(planId) ?? null,
      enabledBy,
      disabledBy,
      blockedBy,
    };
  });
}

/** A plan's status in the user's plan list (`PlanStatus`). */
export function planStatus(plan: Pick<PlanSources, 'on' | 'capabilityStatus'>): PlanStatus {
  if (plan.on) return 'on';
  if (plan.capabilityStatus === 'Suspended') return 'suspended';
  if (plan.capabilityStatus === 'Deleted') return 'deleted';
  return 'off';
}

/** The plans the user lost whose data is still kept (`assignedPlans` Suspended), of any product. */
export const suspendedPlans = (user: { readonly plans: readonly UserPlan[] }): UserPlan[] =>
  user.plans.filter((plan) => plan.capabilityStatus === 'Suspended');

/** One product of a user in a list: its paths, states and errors in words. */
export interface AssignmentSummary {
  readonly paths: string;
  readonly state: string;
  /** Error titles, or '' without errors. */
  readonly error: string;
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** Summarises a user's assignment paths of one product (Licensed users, its CSV). */
export function summariseAssignments(
  t: Translate,
  assignments: readonly NamedAssignment[],
  skuId: SkuId,
): AssignmentSummary {
  const paths = assignments.filter((a) => a.skuId === skuId);
  return {
    paths: pathsInWords(
      t,
      paths.some((p) => p.source.kind === 'direct'),
      unique(paths.flatMap((p) => (p.source.kind === 'group' ? [p.source.groupName] : []))),
    ),
    state: unique(paths.map((p) => stateInWords(t, p.state))).join(', '),
    error: unique(paths.flatMap((p) => (p.error === null ? [] : [errorTitle(t, p.error)]))).join(
      '; ',
    ),
  };
}

/** The Status column of the user list: "No licenses", "Licensed", or the errors in words. */
export function userStatus(t: Translate, assignments: readonly Assignment[]): string {
  if (assignments.length === 0) return t('licensing.user.noLicenses');
  const errors = unique(
    assignments.flatMap((a) => (a.error === null ? [] : [errorTitle(t, a.error)])),
  );
  return errors.length === 0
    ? t('licensing.user.licensed')
    : t('licensing.user.errors', { errors: errors.join(', ') });
}
