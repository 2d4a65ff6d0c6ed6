/** `POST /groups/{id}/previewMembershipRule` (emulator extension): who joins, who leaves, what they gain or lose. */
import { useMutation } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { UserLicenseImpact } from '../../lib/graph/graph-types';

export interface DirectoryRef {
  readonly id: string;
  readonly displayName: string | null;
}

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

export const previewMembershipRule = (groupId: string, membershipRule: string) =>
  graph.post<MembershipRulePreview>(
    `/groups/${encodeURIComponent(groupId)}/previewMembershipRule`,
    { membershipRule },
  );

export const usePreviewMembershipRule = (groupId: string) =>
  useMutation({ mutationFn: (rule: string) => previewMembershipRule(groupId, rule) });
