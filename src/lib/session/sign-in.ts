/** Signing in as a seeded admin: ask the emulator for a token, then keep it in the session store. */
import { requestToken } from '../graph/emulator-control';
import { useSessionStore, type SignedInAccount } from './session-store';

/**
 * Signs in as the admin with this UPN; rejects with a `GraphError` when the emulator refuses.
 * `forget` runs in the same synchronous step as the switch, before the portal renders the new
 * account: what the caller drops there is never fetched twice (once as nobody, once as the admin).
 */
export async function signInAs(
  userPrincipalName: string,
  displayName: string | null = null,
  forget?: () => void,
): Promise<SignedInAccount> {
  const token = await requestToken(userPrincipalName.trim());
  const account: SignedInAccount = {
    userPrincipalName: userPrincipalName.trim(),
    displayName,
    roles: token.roles,
    accessToken: token.access_token,
  };
  forget?.();
  useSessionStore.getState().signIn(account);
  return account;
}

let renewing: Promise<string | null> | null = null;

/**
 * The token to send now: while a renewal (or a reset, which revokes every token) is under way, the
 * new one once it is there, so no request goes out with a token known to be refused.
 */
export function sessionToken(): string | null | Promise<string | null> {
  return renewing ?? useSessionStore.getState().account?.accessToken ?? null;
}

/**
 * Runs `reset` (which revokes the session's token) and renews the token; requests asking for a
 * token meanwhile wait for the new one. `forget` runs once the new token is kept and before those
 * requests resume.
 */
export function resetSession(
  reset: () => Promise<unknown>,
  forget?: () => void,
): Promise<string | null> {
  const run = (async () => {
    let failure: { readonly error: unknown } | null = null;
    try {
      await reset();
    } catch (error) {
      failure = { error };
    }
    // Even a failed reset may have revoked the token: renew it either way.
    const token = await renew();
    forget?.();
    if (failure) throw failure.error;
    return token;
  })();
  const waiting = run.catch(() => useSessionStore.getState().account?.accessToken ?? null);
  renewing = waiting.finally(() => {
    renewing = null;
  });
  return run;
}

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
