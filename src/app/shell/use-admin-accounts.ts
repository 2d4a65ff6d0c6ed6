/** The tenant's admin accounts for the sign-in picker (null when the emulator cannot list them). */
import { useQuery } from '@tanstack/react-query';
import { listAdminAccounts } from '../../lib/graph/emulator-control';

export function useAdminAccounts() {
  return useQuery({
    queryKey: ['emulator', 'admins'],
    queryFn: listAdminAccounts,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
