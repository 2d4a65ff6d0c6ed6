/** `GET /me`: the signed-in admin's display name for the top bar. */
import { useQuery } from '@tanstack/react-query';
import { graph } from '../../lib/graph/graph';
import type { User } from '../../lib/graph/graph-types';
import { useAccount } from '../../lib/session/session-store';

export function useMe() {
  const upn = useAccount()?.userPrincipalName;
  return useQuery({
    queryKey: ['graph', 'me', upn],
    queryFn: ({ signal }) =>
      graph.get<User>('/me?$select=id,displayName,userPrincipalName', { signal }),
    enabled: upn !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
