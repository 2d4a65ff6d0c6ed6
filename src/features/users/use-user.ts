/** `GET /users/{id}` with the licensing properties (Graph returns them only with `$select`). */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { User } from '../../lib/graph/graph-types';
import { withQuery } from '../../lib/graph/odata';

const SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'country',
  'city',
  'accountEnabled',
  'usageLocation',
  'assignedLicenses',
  'assignedPlans',
  'licenseAssignmentStates',
];

export const getUser = (id: string, signal?: AbortSignal) =>
  graph.get<User>(
    withQuery(`/users/${encodeURIComponent(id)}`, { select: SELECT }),
    signal ? { signal } : {},
  );

export const userQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['graph', 'users', id], queryFn: ({ signal }) => getUser(id, signal) });

export const useUser = (id: string) => useQuery(userQueryOptions(id));
