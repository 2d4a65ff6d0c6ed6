/**
 * Who is signed in: the admin's user principal name, token and roles, kept in localStorage so a
 * reload stays signed in. Accounts used before are remembered for the account switcher.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AdminAccount, RoleName } from '../graph/graph-types';
import { portalMode } from '../mode/portal-mode';

export interface SignedInAccount extends AdminAccount {
  readonly accessToken: string;
  /**
   * Live mode: the directory (tenant) id the account signed in to, its ID token's `tid`. What the
   * portal is configured with may be `organizations` or a domain, which do not tell tenants apart.
   */
  readonly tenantId?: string;
}

interface SessionState {
  readonly account: SignedInAccount | null;
  /** Accounts signed in before on this browser, newest first. */
  readonly recentAccounts: readonly AdminAccount[];
  signIn: (account: SignedInAccount) => void;
  /** A fresh token for the same account (after an emulator reset). */
  renewToken: (accessToken: string, roles: RoleName[]) => void;
  /** The roles of the signed-in account, once read (live mode, from `/me/memberOf`). */
  setRoles: (userPrincipalName: string, roles: RoleName[]) => void;
  signOut: () => void;
}

export const SESSION_STORAGE_KEY = 'portal.session';

/**
 * Live mode keeps its session apart (MSAL holds the tokens; this is who is signed in), so switching
 * modes never hands an emulator account to a tenant or the other way round.
 */
const storageKey = portalMode.kind === 'live' ? `${SESSION_STORAGE_KEY}.live` : SESSION_STORAGE_KEY;

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      account: null,
      recentAccounts: [],
      signIn: (account) => {
        set((state) => ({
          account,
          recentAccounts: [
            {
              userPrincipalName: account.userPrincipalName,
              displayName: account.displayName,
              roles: account.roles,
            },
            ...state.recentAccounts.filter(
              (a) => a.userPrincipalName.toLowerCase() !== account.userPrincipalName.toLowerCase(),
            ),
          ].slice(0, 10),
        }));
      },
      renewToken: (accessToken, roles) => {
        set((state) =>
          state.account ? { account: { ...state.account, accessToken, roles } } : state,
        );
      },
      setRoles: (userPrincipalName, roles) => {
        set((state) =>
          state.account?.userPrincipalName.toLowerCase() === userPrincipalName.toLowerCase()
            ? { account: { ...state.account, roles } }
            : state,
        );
      },
      signOut: () => {
        set({ account: null });
      },
    }),
    { name: storageKey, storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);

/** The signed-in account, or null. */
export function useAccount(): SignedInAccount | null {
  return useSessionStore((state) => state.account);
}
