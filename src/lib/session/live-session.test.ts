// @vitest-environment jsdom
/**
 * Live mode's token requests against a fake MSAL: when Entra needs the admin, the page leaves to
 * sign in once, and no later request asks Entra again while it leaves.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const msal = vi.hoisted(() => ({
  silent: vi.fn<() => Promise<{ accessToken: string }>>(),
  redirect: vi.fn<() => Promise<void>>(),
}));

vi.mock('@azure/msal-browser', () => {
  class InteractionRequiredAuthError extends Error {}
  const account = { username: 'admin@contoso.com', name: 'Admin', idTokenClaims: { wids: [] } };
  class PublicClientApplication {
    initialize = () => Promise.resolve();
    handleRedirectPromise = () => Promise.resolve(null);
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
});
