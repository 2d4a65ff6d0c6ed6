/** Signing in (first time or switching): get a token, then refetch everything under the new role. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signInAs } from '../../lib/session/sign-in';

export function useSwitchAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: { userPrincipalName: string; displayName?: string | null }) =>
      signInAs(account.userPrincipalName, account.displayName ?? null),
    onSuccess: async () => {
      await queryClient.resetQueries();
    },
  });
}
