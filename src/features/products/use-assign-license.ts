/** `POST /users/{id}/assignLicense` (200) or `POST /groups/{id}/assignLicense` (202, processed in the background). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { AssignLicenseBody } from '../../lib/graph/graph-types';
import type { AssignTargetKind } from './assign-draft-store';

export interface AssignLicenseInput {
  readonly kind: AssignTargetKind;
  readonly id: string;
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
}

export async function assignLicense({
  kind,
  id,
  skuId,
  disabledPlans,
}: AssignLicenseInput): Promise<void> {
  const body: AssignLicenseBody = {
    addLicenses: [{ skuId, disabledPlans: [...disabledPlans] }],
    removeLicenses: [],
  };
  await graph.request(
    `/${kind === 'user' ? 'users' : 'groups'}/${encodeURIComponent(id)}/assignLicense`,
    { method: 'POST', body },
  );
}

export function useAssignLicense() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignLicense,
    // Refresh in the background: the dialog closes as soon as Graph has answered.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['graph', 'users'] });
      void queryClient.invalidateQueries({ queryKey: ['graph', 'groups'] });
      void queryClient.invalidateQueries({ queryKey: ['graph', 'subscribedSkus'] });
    },
  });
}
