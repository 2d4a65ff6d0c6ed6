/** `PATCH /groups/{id}` with `membershipRule` or `membershipRuleProcessingState`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';

export type MembershipRuleChange =
  { readonly membershipRule: string } | { readonly membershipRuleProcessingState: 'On' | 'Paused' };

export const updateMembershipRule = (groupId: string, change: MembershipRuleChange) =>
  graph.patch(`/groups/${encodeURIComponent(groupId)}`, change);

export function useUpdateMembershipRule(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MembershipRuleChange) => updateMembershipRule(groupId, change),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] });
    },
  });
}
