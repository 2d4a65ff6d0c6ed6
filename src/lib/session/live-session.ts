/**
 * Live mode's session: MSAL v5 against the admin's tenant. Redirect flow only: sign-in, the account
 * picker and Entra's interaction-required answers all leave for `login.microsoftonline.com` and come
 * back through the redirect bridge page (`/redirect.html`, `src/redirect/`), which hands the answer
 * to this page's `handleRedirectPromise` (run on every load, before the portal renders). Tokens for
 * Graph come from `acquireTokenSilent` per request (MSAL's cache, then the refresh token, then a
 * hidden iframe); when Entra needs the admin (`InteractionRequiredAuthError`) the page redirects.
 * The admin's roles come from the ID token's `wids` claim, or from `/me/memberOf` when the token has
 * none (`live-roles.ts`), named through the engine's roles table, so the permission checks are the
 * emulator mode's own.
 */
import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser';
import { create } from 'zustand';
import type { PortalMode } from '../mode/portal-mode';
import { GraphError } from '../graph/graph-error';
import { authErrorWords, type AuthErrorWords } from './auth-errors';
import { signInWithRoles, type RoleTemplateReader } from './live-roles';
import { rememberWhereThePageLeaves, returnTo, takeReturnPath } from './return-to';
import { createCopyStorage } from '../tenant-copy/copy-store';
import { useSessionStore } from './session-store';

/** Delegated Graph permissions the portal asks for (README "App registration": which blade needs which). */
export const GRAPH_SCOPES: readonly string[] = [
  'User.Read.All',
  'LicenseAssignment.ReadWrite.All',
  'Organization.Read.All',
  'GroupMember.ReadWrite.All',
  'Group.ReadWrite.All',
  'AuditLog.Read.All',
  'Directory.Read.All',
].map((scope) => `https://graph.microsoft.com/${scope}`);

/** The last sign-in error, for the sign-in page. */
interface LiveAuthState {
  readonly error: AuthErrorWords | null;
  setError: (error: unknown) => void;
}

export const useLiveAuthStore = create<LiveAuthState>()((set) => ({
  error: null,
  setError: (error) => {
    set({ error: error === null ? null : authErrorWords(error) });
  },
}));

let client: PublicClientApplication | null = null;

function msal(): PublicClientApplication {
  if (!client) throw new Error('Live mode has not started (startLiveSession).');
  return client;
}

/** The authority of a tenant (id, domain or `organizations`). */
export const authorityOf = (tenant: string) =>
  `https://login.microsoftonline.com/${encodeURIComponent(tenant)}`;

/** Reads the admin's roles from Graph when the token has no `wids` (set by `startLiveSession`). */
let readRoles: RoleTemplateReader | null = null;

/**
 * The tenant the account signed in to: its ID token's `tid` (MSAL's `tenantId` reads the same
 * claim; a guest signed in to another tenant gets that tenant's id, not its home's).
 */
export function tenantOf(account: AccountInfo): string | undefined {
  const tid = account.idTokenClaims?.tid;
  if (typeof tid === 'string' && tid !== '') return tid.toLowerCase();
  return account.tenantId ? account.tenantId.toLowerCase() : undefined;
}

/** What the session store keeps of an MSAL account; its roles from the token or `/me/memberOf`. */
function signInAccount(account: AccountInfo): void {
  const tenantId = tenantOf(account);
  signInWithRoles(
    {
      userPrincipalName: account.username,
      displayName: account.name ?? null,
      claims: account.idTokenClaims,
      ...(tenantId ? { tenantId } : {}),
    },
    readRoles,
  ).catch(() => {
    // The roles could not be read: the admin stays shown with no role (live-roles.ts).
  });
}

/** Makes an account the one the portal acts as. */
export function chooseAccount(account: AccountInfo): void {
  msal().setActiveAccount(account);
  signInAccount(account);
}

/**
 * Starts MSAL for a tenant and finishes a redirect that brought the admin back: the account it
 * signed in becomes the session's; otherwise the active account, or the only one MSAL knows. With
 * several and none chosen, nobody is signed in and the sign-in page shows the account picker.
 */
export async function startLiveSession(
  mode: Extract<PortalMode, { kind: 'live' }>,
  readRoleTemplateIds: RoleTemplateReader,
): Promise<PublicClientApplication> {
  readRoles = readRoleTemplateIds;
  signingInAgain = false;
  const origin = window.location.origin;
  client = new PublicClientApplication({
    auth: {
      clientId: mode.clientId,
      authority: authorityOf(mode.tenant),
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
    },
    cache: { cacheLocation: 'localStorage' },
  });
  await client.initialize();
  // Read on every start, so a record left by a sign-in that never came back is not used later.
  const leftFrom = takeReturnPath();
  let result: AuthenticationResult | null = null;
  try {
    result = await client.handleRedirectPromise();
  } catch (error) {
    useLiveAuthStore.getState().setError(error);
  }
  if (result && leftFrom !== null) returnTo(leftFrom);
  const accounts = client.getAllAccounts();
  const account =
    result?.account ?? client.getActiveAccount() ?? (accounts.length === 1 ? accounts[0] : null);
  if (account) chooseAccount(account);
  else useSessionStore.getState().signOut();
  return client;
}

/** Leaves for Entra's sign-in; `pick` asks Entra to show its account picker. */
export async function signInRedirect(pick: boolean): Promise<void> {
  useLiveAuthStore.getState().setError(null);
  rememberWhereThePageLeaves();
  try {
    await msal().loginRedirect({
      scopes: [...GRAPH_SCOPES],
      ...(pick ? { prompt: 'select_account' } : {}),
      redirectStartPage: window.location.href,
    });
  } catch (error) {
    useLiveAuthStore.getState().setError(error);
  }
}

/** Signs the account out of the portal and of Entra, then comes back to the portal. */
export async function signOutRedirect(): Promise<void> {
  const account = msal().getActiveAccount();
  useSessionStore.getState().signOut();
  // The tenant copies kept in this browser leave with the session (the copy worker, when it runs,
  // removes them too); a browser without IndexedDB kept none, and a failure never stops sign-out.
  if (typeof indexedDB !== 'undefined')
    await createCopyStorage(indexedDB)
      .clear(null)
      .catch(() => undefined);
  await msal().logoutRedirect(account ? { account } : {});
}

/** Every account MSAL knows on this browser (the account picker). */
export const knownAccounts = (): AccountInfo[] => msal().getAllAccounts();

/**
 * Set once this page is on its way to Entra to sign in again: every later token request fails at
 * once instead of asking Entra for a refresh it has just refused (the page is leaving; the blade
 * reads again when the admin is back).
 */
let signingInAgain = false;

/** True for the one request that sends the page to sign in again. */
function firstToLeave(): boolean {
  if (signingInAgain) return false;
  signingInAgain = true;
  return true;
}

const signingIn = () =>
  new GraphError(0, 'InteractionRequired', 'Signing in again with Microsoft Entra.');

/**
 * A Graph token for the active account. Entra needing the admin (`InteractionRequiredAuthError`:
 * consent, MFA, an expired session) sends the page to sign in again, once; the request fails
 * meanwhile.
 */
export async function acquireGraphToken(forceRefresh = false): Promise<string | null> {
  const account = msal().getActiveAccount();
  if (!account) return null;
  if (signingInAgain) throw signingIn();
  try {
    const result = await msal().acquireTokenSilent({
      scopes: [...GRAPH_SCOPES],
      account,
      forceRefresh,
    });
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw authFailure(error);
    if (firstToLeave()) {
      // The admin comes back where the page is when it goes, which may be past this request's blade.
      rememberWhereThePageLeaves();
      await msal().acquireTokenRedirect({
        scopes: [...GRAPH_SCOPES],
        account,
        redirectStartPage: window.location.href,
      });
    }
    throw signingIn();
  }
}

function authFailure(error: unknown): GraphError {
  const words = authErrorWords(error);
  const message = error instanceof Error ? error.message : String(error);
  return new GraphError(0, words.code, message);
}
