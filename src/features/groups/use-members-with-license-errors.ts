/** `GET /groups/{id}/membersWithLicenseErrors`, with each user's assignment states and plans. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { User } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';
import { collectAll } from '../../lib/graph/paging';

const SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'usageLocation',
  'licenseAssignmentStates',
  'assignedPlans',
];

export const getMembersWithLicenseErrors = (id: string, signal?: AbortSignal) =>
  collectAll<User>(
    graph,
    withQuery(`/groups/${encodeURIComponent(id)}/membersWithLicenseErrors`, {
      select: SELECT,
      top: 999,
    }),
    signal ? { signal } : {},
  );

export const membersWithLicenseErrorsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['graph', 'groups', id, 'membersWithLicenseErrors'],
    queryFn: ({ signal }) => getMembersWithLicenseErrors(id, signal),
  });

export const useMembersWithLicenseErrors = (id: string) =>
  useQuery(membersWithLicenseErrorsQueryOptions(id));
