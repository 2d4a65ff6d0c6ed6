/** `POST /groups/{id}/reprocessLicenseAssignment` (emulator extension, as the portal's Reprocess): 202. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { Group } from '../../lib/graph/graph-types';

export const reprocessGroup = (id: string) =>
  graph.request<Group>(`/groups/${encodeURIComponent(id)}/reprocessLicenseAssignment`, {
    method: 'POST',
  });

export function useReprocessGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reprocessGroup(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] }),
  });
}
