import { expect, test } from './support/test';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { ADMIN, signInAs } from './support/accounts';
import { resetTenant } from './support/emulator';
import { goToGroup, goToGroupTab } from './support/groups';

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

test('Group -> Assign: choose the product and its plans, see seats left and the impact, then assign', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global);
  await goToGroup(page, 'Finance leadership');
  await goToGroupTab(page, 'Licenses');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign license to Finance leadership' });
  await dialog.getByRole('combobox', { name: 'Product' }).click();
  await page
    .getByRole('option', { name: /^Microsoft Fabric \(Free\) — \d{3},\d{3} available$/ })
    .click();
  await expect(dialog.getByText(/of 1,000,000 seats available\.$/)).toBeVisible();
  const plans = dialog.getByRole('list', { name: 'Service plans' });
  const first = plans.getByRole('switch').first();
  await first.uncheck();
  const impact = dialog.getByRole('group', { name: 'Impact of your changes' });
  await expect(impact).toContainText('6 users get Microsoft Fabric (Free)');
  await assertNoSeriousA11yViolations(page);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(impact).toBeInViewport();
    await page.screenshot({ path: `test-results/assign-group-${String(width)}.png` });
  }
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByText('License assigned', { exact: true })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Microsoft Fabric (Free)', level: 3 }),
  ).toBeVisible();
});
