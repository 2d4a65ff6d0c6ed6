/**
 * `POST /groups/{id}/previewAssignLicense` (emulator extension): what a group licence change would
 * do to its members, before it is saved. Null when the emulator does not offer the preview.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { AssignLicenseBody, UserLicenseImpact } from '../../lib/graph/graph-types';

export interface LicensePreview {
  readonly users: readonly UserLicenseImpact[];
  readonly seatDelta: Readonly<Record<string, number>>;
  readonly newErrorCount: number;
  readonly disabledPlanEffects: readonly {
    readonly servicePlanId: string;
    readonly lose: number;
    readonly keep: number;
  }[];
}

export async function previewAssignLicense(
  id: string,
  body: AssignLicenseBody,
  signal?: AbortSignal,
): Promise<LicensePreview | null> {
  try {
    const answer = await graph.request<LicensePreview>(
      `/groups/${encodeURIComponent(id)}/previewAssignLicense`,
      { method: 'POST', body, ...(signal ? { signal } : {}) },
    );
    return answer.status === 200 ? answer.data : null;
  } catch {
    return null;
  }
}

export const previewAssignLicenseQueryOptions = (id: string, body: AssignLicenseBody | null) =>
  queryOptions({
    queryKey: ['graph', 'groups', id, 'previewAssignLicense', body],
    queryFn: ({ signal }) =>
      body ? previewAssignLicense(id, body, signal) : Promise.resolve(null),
    staleTime: 0,
  });

export const usePreviewAssignLicense = (id: string, body: AssignLicenseBody | null) =>
  useQuery({ ...previewAssignLicenseQueryOptions(id, body), enabled: body !== null });
