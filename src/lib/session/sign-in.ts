/** Signing in as a seeded admin: ask the emulator for a token, then keep it in the session store. */
import { requestToken } from '../graph/emulator-control';
import { useSessionStore, type SignedInAccount } from './session-store';

/** Signs in as the admin with this UPN; rejects with a `GraphError` when the emulator refuses. */
export async function signInAs(
  userPrincipalName: string,
  displayName: string | null = null,
): Promise<SignedInAccount> {
  const token = await requestToken(userPrincipalName.trim());
  const account: SignedInAccount = {
    userPrincipalName: userPrincipalName.trim(),
    displayName,
    roles: token.roles,
    accessToken: token.access_token,
  };
  useSessionStore.getState().signIn(account);
  return account;
}

let renewing: Promise<string | null> | null = null;

/**
 * A fresh token for the signed-in admin (the emulator forgets tokens on reset); null if nobody is
 * signed in or the account is gone (then the session signs out). Concurrent calls share one request.
 */
export function renewSessionToken(): Promise<string | null> {
  renewing ??= renew().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renew(): Promise<string | null> {
  const account = useSessionStore.getState().account;
  if (!account) return null;
  try {
    const token = await requestToken(account.userPrincipalName);
    useSessionStore.getState().renewToken(token.access_token, token.roles);
    return token.access_token;
  } catch {
    useSessionStore.getState().signOut();
    return null;
  }
}
