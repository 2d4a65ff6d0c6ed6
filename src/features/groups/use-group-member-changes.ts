/** `POST /groups/{id}/members/$ref` and `DELETE /groups/{id}/members/{memberId}/$ref`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';

export const addGroupMember = (groupId: string, memberId: string) =>
  graph.post(`/groups/${encodeURIComponent(groupId)}/members/$ref`, {
    '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${memberId}`,
  });

export const removeGroupMember = (groupId: string, memberId: string) =>
  graph.delete(
    `/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(memberId)}/$ref`,
  );

function useInvalidateGroups() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] });
}

export function useAddGroupMembers(groupId: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: async (memberIds: readonly string[]) => {
      for (const id of memberIds) await addGroupMember(groupId, id);
    },
    onSettled: invalidate,
  });
}

export function useRemoveGroupMember(groupId: string) {
  const invalidate = useInvalidateGroups();
  return useMutation({
    mutationFn: (memberId: string) => removeGroupMember(groupId, memberId),
    onSettled: invalidate,
  });
}
