/**
 * The account menu on a tenant: the accounts MSAL knows on this browser (switching starts every
 * query afresh, as the roles may differ), another account through Entra's account picker, and
 * sign-out from Entra.
 */
import { useMsal } from '@azure/msal-react';
import { useMe, useStartAfresh } from '../../api/session';
import type { SignedInAccount } from '../../lib/session/session-store';
import { chooseAccount, signInRedirect, signOutRedirect } from '../../lib/session/live-session';
import { AccountMenuView } from './account-menu';

export function LiveAccountMenu({ account }: { account: SignedInAccount }) {
  const { accounts } = useMsal();
  const me = useMe();
  const startAfresh = useStartAfresh();
  const others = accounts.filter(
    (a) => a.username.toLowerCase() !== account.userPrincipalName.toLowerCase(),
  );
  return (
    <AccountMenuView
      account={account}
      displayName={me.data?.displayName ?? null}
      others={others.map((other) => ({
        key: other.homeAccountId,
        name: other.name ?? other.username,
        detail: other.username,
        choose: () => {
          chooseAccount(other);
          startAfresh();
        },
      }))}
      onAnotherAccount={() => void signInRedirect(true)}
      onSignOut={() => void signOutRedirect()}
    />
  );
}
