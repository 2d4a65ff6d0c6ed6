/** The seeded admin accounts (one per role) and signing in through the portal's sign-in page. */
import { expect, type Page } from '@playwright/test';
import { shell as englishShell } from '../../src/lib/i18n/messages/en/shell';
import { shell as dutchShell } from '../../src/lib/i18n/messages/nl/shell';

/**
 * The default seed's admins (`ADMIN_UPNS` in mocks/seeds/kit.ts). Not imported from there: that
 * module pulls in the engine's JSON catalog, which Playwright's loader cannot import.
 */
export const ADMIN = {
  global: 'admin@contoso.onmicrosoft.com',
  license: 'license.admin@contoso.onmicrosoft.com',
  groups: 'groups.admin@contoso.onmicrosoft.com',
  user: 'user.admin@contoso.onmicrosoft.com',
  globalReader: 'global.reader@contoso.onmicrosoft.com',
  reportsReader: 'reports.reader@contoso.onmicrosoft.com',
} as const;

/**
 * How long a first load may take to show the sign-in page and its account list: the portal
 * renders once the embedded emulator's service worker is up, and the list once the emulator's Web
 * Worker has built the seed tenant (or restored it from IndexedDB). About 1 s on an idle machine;
 * 5-8 s seen with four test suites sharing the 2 cores, over 20 s at a load of 18 on 2 cores
 * (a reload on the Prices page, run 1 of the load loop). A start-up cost, not a wait for a change,
 * and not a speed target (the benchmarks time start-up): every later step keeps the config's
 * expect timeout.
 */
export const PORTAL_START_MS = 60_000;

/** The sign-in page's words a journey finds it by, in the browser's language. */
type SignInWords = Readonly<
  Record<
    | 'shell.signIn.title'
    | 'shell.signIn.accounts'
    | 'shell.signIn.account'
    | 'shell.signIn.submit'
    | 'shell.nav.label',
    string
  >
>;
export const DUTCH_SIGN_IN: SignInWords = dutchShell;

/**
 * Opens the portal and signs in as the admin with this UPN (from the account list, or by typing
 * it); `words` for a journey in another language than English.
 */
export async function signInAs(
  page: Page,
  userPrincipalName: string,
  words: SignInWords = englishShell,
): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: words['shell.signIn.title'] }),
  ).toBeVisible({ timeout: PORTAL_START_MS });
  const accounts = page.getByRole('list', { name: words['shell.signIn.accounts'] });
  const typed = page.getByRole('textbox', { name: words['shell.signIn.account'] });
  await expect(accounts.or(typed).first()).toBeVisible({ timeout: PORTAL_START_MS });
  if (await accounts.isVisible()) {
    await accounts.getByRole('button', { name: `(${userPrincipalName})` }).click();
  } else {
    await typed.fill(userPrincipalName);
    await page.getByRole('button', { name: words['shell.signIn.submit'] }).click();
  }
  await expect(page.getByRole('navigation', { name: words['shell.nav.label'] })).toBeVisible();
}

/** The top bar names the signed-in admin and their role. */
export async function assertSignedInAs(page: Page, role: string): Promise<void> {
  const account = page.getByRole('banner').getByRole('button', { name: /^Account: / });
  await expect(account).toHaveAccessibleName(new RegExp(`, ${role}$`));
  await expect(account.getByText(role, { exact: true }).last()).toBeVisible();
}
