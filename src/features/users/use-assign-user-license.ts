/** `POST /users/{id}/assignLicense`: add or change a direct licence, or remove one. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { AssignLicenseBody, User } from '../../lib/graph/graph-types';

export const assignUserLicense = (id: string, body: AssignLicenseBody) =>
  graph.post<User>(`/users/${encodeURIComponent(id)}/assignLicense`, body);

export function useAssignUserLicense(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignLicenseBody) => assignUserLicense(id, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['graph', 'users'] }),
        queryClient.invalidateQueries({ queryKey: ['graph', 'subscribedSkus'] }),
      ]);
    },
  });
}
