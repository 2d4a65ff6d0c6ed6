/** `POST /users/{id}/reprocessLicenseAssignment`: retry the user's licence assignments. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { User } from '../../lib/graph/graph-types';

export const reprocessUserLicense = (id: string) =>
  graph.post<User>(`/users/${encodeURIComponent(id)}/reprocessLicenseAssignment`);

export function useReprocessUserLicense(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reprocessUserLicense(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['graph', 'users'] }),
  });
}
