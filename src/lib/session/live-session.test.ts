// @vitest-environment jsdom
/**
 * Live mode's token requests against a fake MSAL: when Entra needs the admin, the page leaves to
 * sign in once, and no later request asks Entra again while it leaves; back from signing in, the
 * admin is where the page was when it went.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const msal = vi.hoisted(() => ({
  silent: vi.fn<() => Promise<{ accessToken: string }>>(),
  redirect: vi.fn<() => Promise<void>>(),
  /** What `handleRedirectPromise` answers: a result when the page is back from signing in. */
  back: null as null | { account: unknown },
}));

vi.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  const account = { username: 'admin@contoso.com', name: 'Admin', idTokenClaims: { wids: [] } };
  class PublicClientApplication {
    initialize = () => Promise.resolve();
    handleRedirectPromise = () => Promise.resolve(msal.back);
    getAllAccounts = () => [account];
    getActiveAccount = () => account;
    setActiveAccount = () => undefined;
    acquireTokenSilent = msal.silent;
    acquireTokenRedirect = msal.redirect;
  }
  return { InteractionRequiredAuthError, PublicClientApplication };
});

const { InteractionRequiredAuthError } = await import('@azure/msal-browser');
const { acquireGraphToken, startLiveSession } = await import('./live-session');

describe('Graph tokens in live mode', () => {
  beforeEach(async () => {
    msal.back = null;
    sessionStorage.clear();
    window.history.replaceState(null, '', '/licenses');
    msal.silent.mockReset();
    msal.redirect.mockReset();
    await startLiveSession({ kind: 'live', clientId: 'client', tenant: 'contoso.com' }, () =>
      Promise.resolve([]),
    );
  });

  it('leaves to sign in once when Entra needs the admin, and asks Entra nothing more meanwhile', async () => {
    msal.silent.mockRejectedValue(
      new InteractionRequiredAuthError('interaction_required', 'AADSTS50076'),
    );
    msal.redirect.mockResolvedValue(undefined);
    const first = acquireGraphToken();
    const renewal = acquireGraphToken(true);
    await expect(first).rejects.toMatchObject({ code: 'InteractionRequired' });
    await expect(renewal).rejects.toMatchObject({ code: 'InteractionRequired' });
    expect(msal.redirect).toHaveBeenCalledTimes(1);
    const asked = msal.silent.mock.calls.length;

    await expect(acquireGraphToken()).rejects.toMatchObject({ code: 'InteractionRequired' });
    expect(msal.silent).toHaveBeenCalledTimes(asked);
    expect(msal.redirect).toHaveBeenCalledTimes(1);
  });

  const start = () =>
    startLiveSession({ kind: 'live', clientId: 'client', tenant: 'contoso.com' }, () =>
      Promise.resolve([]),
    );

  async function leaveFromLicenses(): Promise<void> {
    msal.silent.mockRejectedValue(
      new InteractionRequiredAuthError('interaction_required', 'AADSTS50076'),
    );
    msal.redirect.mockResolvedValue(undefined);
    await expect(acquireGraphToken()).rejects.toMatchObject({ code: 'InteractionRequired' });
  }

  it('comes back to the blade the admin was on when the page left, not where the failed read began', async () => {
    await leaveFromLicenses();
    // The admin's click on Users lands after the read decided to leave, before the page goes.
    window.history.pushState(null, '', '/users?q=Adele');
    window.dispatchEvent(new Event('pagehide'));
    window.history.replaceState(null, '', '/licenses');

    msal.back = { account: { username: 'admin@contoso.com', idTokenClaims: { wids: [] } } };
    await start();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/users?q=Adele');
    expect(sessionStorage.length).toBe(0);
  });

  it('ignores the record when no sign-in came back, and forgets it', async () => {
    await leaveFromLicenses();
    window.history.pushState(null, '', '/users');
    window.dispatchEvent(new Event('pagehide'));
    window.history.replaceState(null, '', '/groups');

    await start();
    expect(window.location.pathname).toBe('/groups');
    msal.back = { account: { username: 'admin@contoso.com', idTokenClaims: { wids: [] } } };
    await start();
    expect(window.location.pathname).toBe('/groups');
  });

  it('never sends the admin off the portal, whatever the record says', async () => {
    for (const stored of [
      '//evil.example/users',
      'https://evil.example/users',
      'javascript:alert(1)',
    ]) {
      sessionStorage.setItem('portal.returnTo', stored);
      msal.back = { account: { username: 'admin@contoso.com', idTokenClaims: { wids: [] } } };
      await start();
      expect(window.location.href).toBe(`${window.location.origin}/licenses`);
    }
  });
});
