/**
 * Live mode, signing in: MSAL v5 against a fake login.microsoftonline.com, Graph on the HTTP
 * emulator in the `graph` profile with one request in ten forced to 429. The admin sees waiting,
 * never an error, and no request goes to an emulator extension.
 */
import { ADMIN } from './support/accounts';
import { control } from './support/http-emulator';
import { expect, signInLive, test, LIVE_SETTLE_MS } from './support/live';
import { assertListShowsOnly, goToUsers } from './support/navigation';

test.use({ liveAdmin: ADMIN.license });

test('live: sign in with Microsoft; the shell names the tenant and the admin’s role from the token', async ({
  page,
  live: { entra },
}) => {
  await signInLive(page);

  await expect(
    page.getByRole('button', { name: /^Account: .*License Administrator$/ }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to the sandbox' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset demo tenant' })).toHaveCount(0);
  // Exactly what MSAL needs of Entra for a redirect sign-in: the authorize page, one code redemption.
  expect(entra.calls).toEqual(['authorize', 'token:authorization_code']);
  await expect(page.getByRole('heading', { level: 1, name: 'Licenses' })).toBeVisible();
});

test('live: an expired token is renewed silently with the refresh token', async ({
  page,
  hygiene,
  live: { entra },
}) => {
  // Graph refuses the expired token once (401); the client renews it and sends the read again.
  hygiene.expectFailure({ url: 'https://graph.microsoft.com/', status: 401 });
  await signInLive(page);
  // The emulator's clock moves two hours: its token has expired, Graph answers 401.
  await control('POST', '/clock', { advance: 'PT2H' });

  await page
    .getByRole('navigation', { name: 'Navigation' })
    .getByRole('link', { name: 'Users' })
    .click();

  await expect(page.getByRole('grid').first()).toBeVisible();
  await expect(page.getByRole('grid').first().getByRole('row').nth(1)).toBeVisible();
  expect(entra.count('token:refresh_token')).toBeGreaterThanOrEqual(1);
  expect(entra.count('authorize')).toBe(1);
});

test('live: when Entra needs the admin, the portal redirects to sign in and comes back', async ({
  page,
  hygiene,
  live: { entra, log },
}) => {
  hygiene.expectFailure({ url: 'https://graph.microsoft.com/', status: 401 });
  // Entra refuses the refresh token as needing the admin (MFA).
  hygiene.expectFailure({ url: 'https://login.microsoftonline.com/', status: 400 });
  await signInLive(page);
  await goToUsers(page);
  const grid = page.getByRole('grid', { name: 'Users' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  // The shell's and the blade's first reads are answered: the search below is the next read.
  await expect.poll(() => log.inFlight).toBe(0);
  entra.requireInteraction = true;
  await control('POST', '/clock', { advance: 'PT2H' });

  await page.getByRole('searchbox', { name: 'Search users by name' }).fill('Adele');

  // Graph refuses the expired token; the refresh token is refused as needing the admin (MFA), so
  // MSAL raises InteractionRequired and the portal redirects to sign in; back on the portal, the
  // admin is where they were, search included, and the blade reads with the new token.
  await expect.poll(() => entra.count('authorize')).toBe(2);
  await assertListShowsOnly(grid, 'Adele');
  await expect(page).toHaveURL(/\/users\?q=Adele$/);
  await expect(page.getByRole('searchbox', { name: 'Search users by name' })).toHaveValue('Adele');
  const afterSignIn = entra.calls.slice(2);
  expect(afterSignIn[0]).toBe('token:refresh_token');
  expect(afterSignIn.slice(-2)).toEqual(['authorize', 'token:authorization_code']);
  await expect(page.getByTestId('portal-mode')).toHaveText('Contoso');
});

test('live: a token without a wids claim gets the admin’s roles from /me/memberOf', async ({
  page,
  live: { entra, log },
}) => {
  entra.emitWids = false;
  await signInLive(page);

  await expect(
    page.getByRole('button', { name: /^Account: .*License Administrator$/ }),
  ).toBeVisible();
  expect(log.requests).toContain('GET /v1.0/me/memberOf');
});

test('live: back to the sandbox is one click', async ({ page, live }) => {
  await signInLive(page);

  // From here on the portal is the sandbox again: its control API requests are its own.
  live.leaveLive();
  await page.getByRole('button', { name: 'Back to the sandbox' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({
    timeout: LIVE_SETTLE_MS,
  });
  await expect(page.getByTestId('portal-mode')).toHaveText('Sandbox (emulator)');
});
