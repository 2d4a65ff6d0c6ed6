/** The seeded admin accounts (one per role) and signing in through the portal's sign-in page. */
import { expect, type Page } from '@playwright/test';

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

/** Opens the portal and signs in as the admin with this UPN (from the account list, or by typing it). */
export async function signInAs(page: Page, userPrincipalName: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  const accounts = page.getByRole('list', { name: 'Administrator accounts' });
  const typed = page.getByRole('textbox', { name: /Administrator account/ });
  await expect(accounts.or(typed).first()).toBeVisible();
  if (await accounts.isVisible()) {
    await accounts.getByRole('button', { name: `(${userPrincipalName})` }).click();
  } else {
    await typed.fill(userPrincipalName);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('navigation', { name: 'Navigation' })).toBeVisible();
}

/** The top bar names the signed-in admin and their role. */
export async function assertSignedInAs(page: Page, role: string): Promise<void> {
  const account = page.getByRole('banner').getByRole('button', { name: /^Account: / });
  await expect(account).toHaveAccessibleName(new RegExp(`, ${role}$`));
  await expect(account.getByText(role, { exact: true }).last()).toBeVisible();
}
