import { expect, type Page } from '@playwright/test';

/** Opens the portal's landing page and waits until the app has rendered. */
export async function goToLicenses(page: Page): Promise<void> {
  await page.goto('/');
  await assertPageHeading(page, 'Licenses');
}

/** The page's top-level heading names the blade the admin is on. */
export async function assertPageHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
