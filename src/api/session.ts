/**
 * The session's reads and writes: the signed-in admin (`GET /me`), the tenant's admin accounts
 * (emulator control API), signing in or switching account, and resetting the demo tenant. Signing
 * in and resetting start every query afresh: what an account may read, and the tenant, changed.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type {
  DirectoryMember,
  DirectoryRoleMember,
  GraphCollection,
  Organization,
  User as WireUser,
} from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { collectAll } from '../lib/graph/paging';
import { portalMode } from '../lib/mode/portal-mode';
import { listAdminAccounts, resetTenant } from '../lib/graph/emulator-control';
import { useAccount, useSessionStore } from '../lib/session/session-store';
import { resetSession, signInAs } from '../lib/session/sign-in';
import { graphKeys } from './keys';
import { forgetPendingWrites } from './pending-writes';
import { stopProcessingWatches } from './processing';

/** The tenant's admin accounts (null when the emulator cannot list them; a real tenant never does). */
export const adminAccountsQueryOptions = () =>
  queryOptions({
    queryKey: graphKeys.emulator.admins,
    queryFn: listAdminAccounts,
    staleTime: Number.POSITIVE_INFINITY,
    enabled: portalMode.kind === 'emulator',
  });

export const useAdminAccounts = () => useQuery(adminAccountsQueryOptions());

/** The signed-in admin's display name, for the top bar. */
export function useMe() {
  const upn = useAccount()?.userPrincipalName ?? '';
  return useQuery({
    queryKey: graphKeys.me(upn),
    queryFn: async ({ signal }) => {
      const me = await graph.get<WireUser>('/me?$select=id,displayName,userPrincipalName', {
        signal,
      });
      return { displayName: me.displayName ?? me.userPrincipalName ?? upn };
    },
    enabled: upn !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The signed-in admin's directory roles by template id (`GET /me/memberOf`, its `directoryRole`
 * objects): live mode's roles when the ID token carries no `wids` claim.
 */
export async function readMyRoleTemplateIds(): Promise<string[]> {
  const objects = await collectAll<DirectoryMember | DirectoryRoleMember>(
    graph,
    withQuery('/me/memberOf', { select: ['id', 'roleTemplateId'], top: 999 }),
  );
  return objects.flatMap((o) =>
    o['@odata.type'] === '#microsoft.graph.directoryRole' && typeof o.roleTemplateId === 'string'
      ? [o.roleTemplateId]
      : [],
  );
}

/** The signed-in tenant's display name (`GET /organization`), for the mode label. */
export function useOrganizationName() {
  const signedIn = useAccount() !== null;
  return useQuery({
    queryKey: graphKeys.organization,
    queryFn: async ({ signal }) => {
      const page = await graph.get<GraphCollection<Organization>>(
        '/organization?$select=id,displayName',
        { signal },
      );
      return page.value[0]?.displayName ?? null;
    },
    enabled: signedIn,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Signing in (first time or switching): a token, then every query again under the new role. */
export function useSwitchAccount() {
  const client = useQueryClient();
  return useMutation({
    // Whatever was read before (another account's blades) is dropped as the account switches,
    // before the shell renders: resetting afterwards abandoned the first blade's reads and sent
    // them again. The sign-in page's own reads (still on screen) stay.
    mutationFn: (account: { userPrincipalName: string; displayName?: string | null }) =>
      signInAs(account.userPrincipalName, account.displayName ?? null, () => {
        client.removeQueries({ type: 'inactive' });
      }),
  });
}

/** The seeds "Reset demo tenant" offers. */
export const RESET_SEEDS = ['default', 'empty', 'large'] as const;
export type ResetSeed = (typeof RESET_SEEDS)[number];

/**
 * "Reset demo tenant": the emulator goes back to a seed; a fresh token; every query again. The
 * admin's token goes with the request, so the emulator refuses anyone but a Global Administrator.
 */
export function useResetTenant() {
  const client = useQueryClient();
  return useMutation({
    // Requests made while the tenant resets wait for the new token (the reset revokes the old
    // one), and every query starts again before they resume.
    mutationFn: (seed: ResetSeed) =>
      resetSession(
        () => resetTenant(seed, useSessionStore.getState().account?.accessToken ?? null),
        () => {
          void client.resetQueries();
        },
      ),
  });
}

/** After switching to another live account: nothing read under the old one stays. */
export function useStartAfresh() {
  const client = useQueryClient();
  return () => {
    stopProcessingWatches(client);
    forgetPendingWrites(client);
    void client.resetQueries();
  };
}

/** Signing out: the session ends and nothing read under it stays in the cache. */
export function useSignOut() {
  const client = useQueryClient();
  return () => {
    useSessionStore.getState().signOut();
    stopProcessingWatches(client);
    forgetPendingWrites(client);
    client.clear();
  };
}
