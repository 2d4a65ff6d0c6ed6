/**
 * "What would happen" before a write (emulator extensions, read-only): a group licence change
 * (`previewAssignLicense`), a rule change (`previewMembershipRule`), and whether a user matches a
 * rule (`evaluateDynamicMembership`, Graph beta). Every count here is Graph's total over all
 * users; the lists of users are capped, so a count is never taken from a list. In live mode Graph
 * has none of them: the tenant copy's worker answers them from the copy (`tenant-copy.ts`), with
 * the same JSON as the emulator (`src/lib/previews`).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { UserLicenseImpact } from '../lib/graph/graph-types';
import { GraphError } from '../lib/graph/graph-error';
import type { CopyAnswer } from '../lib/tenant-copy/copy-state';
import { toPlanId, toSkuId, type GroupId, type PlanId, type SkuId, type UserId } from '../lib/ids';
import { graphKeys } from './keys';
import { copyBackend, useTenantCopyStore, usePreviewsAvailable } from './tenant-copy';
import type { LicenseChange } from './writes';

export { usePreviewsAvailable } from './tenant-copy';

/** A copy's answer, or its refusal as the `GraphError` the emulator would have answered with. */
async function fromCopy<T>(answer: Promise<CopyAnswer<unknown>> | CopyAnswer<unknown>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new GraphError(result.status, result.code, result.message);
  return result.answer as T;
}

/** When the copy previews read was taken (null in emulator mode): part of their query keys. */
const useCopyTakenAt = () => useTenantCopyStore((s) => s.state.takenAt);

/** A plan switched on or off in the change, and how many members it reaches. */
export interface PlanEffect {
  readonly skuId: SkuId;
  readonly planId: PlanId;
  readonly turned: 'on' | 'off';
  /** Members who gain the plan (on) or lose it (off). */
  readonly affected: number;
  /** Members who already have it (on) or keep it (off) through another assignment path. */
  readonly unaffected: number;
}

/** What a group licence change would do to its members. */
export interface LicensePreview {
  readonly planEffects: readonly PlanEffect[];
  /** Per product, members who would get a seat of it or lose theirs. */
  readonly productEffects: readonly {
    readonly skuId: SkuId;
    readonly gain: number;
    readonly lose: number;
  }[];
  /** Members who would lose a product or a service plan. */
  readonly usersLosing: number;
  readonly seatDelta: readonly { readonly skuId: SkuId; readonly delta: number }[];
  readonly newErrorCount: number;
  /** New errors by Graph's error code. */
  readonly newErrorsByCode: Readonly<Record<string, number>>;
}

interface WireLicensePreview {
  readonly usersLosingLicenses?: number;
  readonly seatDelta?: Readonly<Record<string, number>>;
  readonly newErrorCount?: number;
  readonly newErrorsByCode?: Readonly<Record<string, number>>;
  readonly disabledPlanEffects?: readonly {
    skuId: string;
    servicePlanId: string;
    lose: number;
    keep: number;
  }[];
  readonly enabledPlanEffects?: readonly {
    skuId: string;
    servicePlanId: string;
    gain: number;
    already: number;
  }[];
  readonly skuEffects?: readonly { skuId: string; gain: number; lose: number }[];
}

function parseLicensePreview(wire: WireLicensePreview): LicensePreview {
  return {
    planEffects: [
      ...(wire.enabledPlanEffects ?? []).map((e) => ({
        skuId: toSkuId(e.skuId),
        planId: toPlanId(e.servicePlanId),
        turned: 'on' as const,
        affected: e.gain,
        unaffected: e.already,
      })),
      ...(wire.disabledPlanEffects ?? []).map((e) => ({
        skuId: toSkuId(e.skuId),
        planId: toPlanId(e.servicePlanId),
        turned: 'off' as const,
        affected: e.lose,
        unaffected: e.keep,
      })),
    ],
    productEffects: (wire.skuEffects ?? []).map((e) => ({ ...e, skuId: toSkuId(e.skuId) })),
    usersLosing: wire.usersLosingLicenses ?? 0,
    seatDelta: Object.entries(wire.seatDelta ?? {})
      .filter(([, delta]) => delta !== 0)
      .map(([skuId, delta]) => ({ skuId: toSkuId(skuId), delta })),
    newErrorCount: wire.newErrorCount ?? 0,
    newErrorsByCode: wire.newErrorsByCode ?? {},
  };
}

/**
 * The preview of a group licence change; null when the emulator does not offer it (a real
 * tenant), so the blade saves without one.
 */
export async function previewAssignLicense(
  groupId: GroupId,
  change: LicenseChange,
  signal?: AbortSignal,
): Promise<LicensePreview | null> {
  try {
    const copy = copyBackend();
    if (copy)
      return parseLicensePreview(
        await fromCopy<WireLicensePreview>(
          copy.previewAssignLicense(
            groupId,
            change.add.map((l) => ({ skuId: l.skuId, disabledPlans: [...l.disabledPlans] })),
            [...change.remove],
          ),
        ),
      );
    const answer = await graph.request<WireLicensePreview>(
      `/groups/${encodeURIComponent(groupId)}/previewAssignLicense`,
      {
        method: 'POST',
        body: {
          addLicenses: change.add.map((l) => ({
            skuId: l.skuId,
            disabledPlans: [...l.disabledPlans],
          })),
          removeLicenses: [...change.remove],
        },
        signal,
      },
    );
    return answer.status === 200 ? parseLicensePreview(answer.data) : null;
  } catch {
    return null;
  }
}

export const previewAssignLicenseQueryOptions = (
  groupId: GroupId,
  change: LicenseChange | null,
  copyTakenAt: number | null = null,
) =>
  queryOptions({
    queryKey: graphKeys.groups.previewAssignLicense(groupId, change, copyTakenAt),
    queryFn: ({ signal }) =>
      change ? previewAssignLicense(groupId, change, signal) : Promise.resolve(null),
    staleTime: 0,
  });

/**
 * The preview of a group licence change as the admin edits it. While the preview of the next
 * change is read, the last one of the same group stays (`isPlaceholderData`), so the blade shows it
 * as updating instead of swapping it for a spinner on every plan switch.
 */
export function usePreviewAssignLicense(groupId: GroupId, change: LicenseChange | null) {
  const available = usePreviewsAvailable();
  return useQuery({
    ...previewAssignLicenseQueryOptions(groupId, change, useCopyTakenAt()),
    enabled: change !== null && available,
    placeholderData: (previous, previousQuery) =>
      previousQuery !== undefined && isPreviewOf(groupId, previousQuery.queryKey)
        ? previous
        : undefined,
  });
}

/** Whether a query key is a licence-change preview of this group (of any change). */
function isPreviewOf(groupId: GroupId, key: readonly unknown[]): boolean {
  const prefix = graphKeys.groups.previewAssignLicense(groupId, null).slice(0, -2);
  return prefix.every((part, i) => key[i] === part);
}

export interface DirectoryRef {
  readonly id: UserId;
  readonly displayName: string;
}

/** What a rule change would do: who joins, who leaves (first 500 each) and the totals. */
export interface MembershipRulePreview {
  readonly joined: readonly DirectoryRef[];
  readonly left: readonly DirectoryRef[];
  readonly totalJoined: number;
  readonly totalLeft: number;
  readonly users: readonly UserLicenseImpact[];
  readonly totalUsers: number;
  /** Users who lose a licence or a service plan (over all users, not only the listed ones). */
  readonly usersLosingLicenses: number;
  readonly seatDelta: Readonly<Record<string, number>>;
  readonly newErrorCount: number;
}

interface WireRef {
  readonly id: string;
  readonly displayName: string | null;
}
type WireRulePreview = Omit<MembershipRulePreview, 'joined' | 'left'> & {
  readonly joined: readonly WireRef[];
  readonly left: readonly WireRef[];
};

const ref = (r: WireRef): DirectoryRef => ({
  id: r.id.toLowerCase() as UserId,
  displayName: r.displayName ?? r.id,
});

/** `POST /groups/{id}/previewMembershipRule`. */
export async function previewMembershipRule(
  groupId: GroupId,
  membershipRule: string,
): Promise<MembershipRulePreview> {
  const copy = copyBackend();
  const wire = copy
    ? await fromCopy<WireRulePreview>(copy.previewMembershipRule(groupId, { membershipRule }))
    : await graph.post<WireRulePreview>(
        `/groups/${encodeURIComponent(groupId)}/previewMembershipRule`,
        { membershipRule },
      );
  return { ...wire, joined: wire.joined.map(ref), left: wire.left.map(ref) };
}

/** The preview of a rule change as a query (Undo's preview of the old rule). */
export function usePreviewMembershipRule(groupId: GroupId, membershipRule: string | null) {
  const available = usePreviewsAvailable();
  const takenAt = useCopyTakenAt();
  return useQuery({
    queryKey: graphKeys.groups.previewMembershipRule(groupId, membershipRule ?? '', takenAt),
    queryFn: () => previewMembershipRule(groupId, membershipRule ?? ''),
    enabled: membershipRule !== null && available,
    staleTime: 0,
  });
}

/** Graph beta's `expressionEvaluationDetails`: one expression, its result, and one entry per sub-expression. */
export interface ExpressionEvaluationDetails {
  readonly expression: string;
  readonly expressionResult: boolean;
  readonly propertyToEvaluate?: {
    readonly propertyName: string;
    readonly propertyValue: string | null;
  };
  /** The sub-expressions; absent on a leaf. */
  readonly expressionEvaluationDetails?: readonly ExpressionEvaluationDetails[];
}

/** Graph beta's `evaluateDynamicMembershipResult`. */
export interface MembershipEvaluation {
  readonly membershipRuleEvaluationResult: boolean;
  readonly membershipRuleEvaluationDetails: ExpressionEvaluationDetails;
}

/** `POST /groups/{id}/evaluateDynamicMembership`: does a user match the rule, and why. */
export const evaluateDynamicMembership = (
  groupId: GroupId,
  memberId: string,
  membershipRule: string,
): Promise<MembershipEvaluation> => {
  const copy = copyBackend();
  return copy
    ? fromCopy(copy.evaluateDynamicMembership(groupId, { memberId, membershipRule }))
    : graph.post<MembershipEvaluation>(
        `/groups/${encodeURIComponent(groupId)}/evaluateDynamicMembership`,
        { memberId, membershipRule },
      );
};
