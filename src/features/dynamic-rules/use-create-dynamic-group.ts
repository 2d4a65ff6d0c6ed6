/** `POST /groups`: a dynamic security group. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';

export interface NewDynamicGroup {
  readonly displayName: string;
  readonly mailNickname: string;
  readonly description?: string;
  readonly membershipRule: string;
}

export const createDynamicGroup = (input: NewDynamicGroup) =>
  graph.post<{ id: string; displayName: string }>('/groups', {
    displayName: input.displayName,
    mailNickname: input.mailNickname,
    ...(input.description ? { description: input.description } : {}),
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: ['DynamicMembership'],
    membershipRule: input.membershipRule,
    membershipRuleProcessingState: 'On',
  });

export function useCreateDynamicGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDynamicGroup,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] });
    },
  });
}
