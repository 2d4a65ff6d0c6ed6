/**
 * "What would happen" before a write (emulator extensions, read-only): a group licence change
 * (`previewAssignLicense`), a rule change (`previewMembershipRule`), and whether a user matches a
 * rule (`evaluateDynamicMembership`, Graph beta). Every count here is Graph's total over all
 * users; the lists of users are capped, so a count is never taken from a list.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { UserLicenseImpact } from '../lib/graph/graph-types';
import { portalMode } from '../lib/mode/portal-mode';
import { toPlanId, toSkuId, type GroupId, type PlanId, type SkuId, type UserId } from '../lib/ids';
import { graphKeys } from './keys';
import type { LicenseChange } from './writes';

/**
 * Whether the previews and Validate rules exist: the emulator's extensions, not Graph's, so not on a
 * tenant (part 2 of live mode computes them in the portal).
 */
export const PREVIEWS_AVAILABLE = portalMode.kind === 'emulator';

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
  if (!PREVIEWS_AVAILABLE) return null;
  try {
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

export const previewAssignLicenseQueryOptions = (groupId: GroupId, change: LicenseChange | null) =>
  queryOptions({
    queryKey: graphKeys.groups.previewAssignLicense(groupId, change),
    queryFn: ({ signal }) =>
      change ? previewAssignLicense(groupId, change, signal) : Promise.resolve(null),
    staleTime: 0,
  });

/**
 * The preview of a group licence change as the admin edits it. While the preview of the next
 * change is read, the last one of the same group stays (`isPlaceholderData`), so the blade shows it
 * as updating instead of swapping it for a spinner on every plan switch.
 */
export const usePreviewAssignLicense = (groupId: GroupId, change: LicenseChange | null) =>
  useQuery({
    ...previewAssignLicenseQueryOptions(groupId, change),
    enabled: change !== null && PREVIEWS_AVAILABLE,
    placeholderData: (previous, previousQuery) =>
      previousQuery !== undefined && isPreviewOf(groupId, previousQuery.queryKey)
        ? previous
        : undefined,
  });

/** Whether a query key is a licence-change preview of this group (of any change). */
function isPreviewOf(groupId: GroupId, key: readonly unknown[]): boolean {
  const prefix = graphKeys.groups.previewAssignLicense(groupId, null).slice(0, -1);
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
  const wire = await graph.post<WireRulePreview>(
    `/groups/${encodeURIComponent(groupId)}/previewMembershipRule`,
    { membershipRule },
  );
  return { ...wire, joined: wire.joined.map(ref), left: wire.left.map(ref) };
}

/** The preview of a rule change as a query (Undo's preview of the old rule); never on a tenant. */
export const usePreviewMembershipRule = (groupId: GroupId, membershipRule: string | null) =>
  useQuery({
    queryKey: graphKeys.groups.previewMembershipRule(groupId, membershipRule ?? ''),
    queryFn: () => previewMembershipRule(groupId, membershipRule ?? ''),
    enabled: membershipRule !== null && PREVIEWS_AVAILABLE,
    staleTime: 0,
  });

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
) =>
  graph.post<MembershipEvaluation>(
    `/groups/${encodeURIComponent(groupId)}/evaluateDynamicMembership`,
    { memberId, membershipRule },
  );
