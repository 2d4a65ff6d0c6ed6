/** `PATCH /users/{id}` `{ usageLocation }`. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';

export const updateUsageLocation = (id: string, usageLocation: string) =>
  graph.patch(`/users/${encodeURIComponent(id)}`, { usageLocation });

export function useUpdateUsageLocation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (usageLocation: string) => updateUsageLocation(id, usageLocation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['graph', 'users'] }),
  });
}
