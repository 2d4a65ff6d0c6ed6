/** `POST /groups/{id}/assignLicense`: 202 Accepted; members are processed in the background. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { AssignLicenseBody, Group } from '../../lib/graph/graph-types';

export const assignGroupLicense = (id: string, body: AssignLicenseBody) =>
  graph.request<Group>(`/groups/${encodeURIComponent(id)}/assignLicense`, { method: 'POST', body });

export function useAssignGroupLicense(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignLicenseBody) => assignGroupLicense(id, body),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] }),
        queryClient.invalidateQueries({ queryKey: ['graph', 'subscribedSkus'] }),
      ]),
  });
}
