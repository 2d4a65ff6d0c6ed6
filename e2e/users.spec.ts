import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { resetTenant } from './support/emulator';
import { assertBeside } from './support/layout';
import {
  OFFICE_365_E3,
  assertPlan,
  findE3BaseOnlyUser,
  findUnlocatedUnlicensedUser,
  findUserLocatedByGroupLicensing,
  goToUser,
  goToUserTab,
  openUserProduct,
  openAssignDialog,
} from './support/users';

test('usage location: group licensing sets the tenant country; a direct Assign needs one', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.license);

  const located = await findUserLocatedByGroupLicensing(page);
  await goToUser(page, located);
  await expect(
    page.getByRole('definition').filter({ hasText: 'United States (US)' }),
  ).toBeVisible();
  await expect(
    page.getByText("Group licensing uses the tenant's country for users without one.", {
      exact: false,
    }),
  ).toBeVisible();

  const unlocated = await findUnlocatedUnlicensedUser(page);
  await goToUser(page, unlocated);
  await goToUserTab(page, 'Licenses');
  let dialog = await openAssignDialog(page, OFFICE_365_E3.name);
  await expect(
    dialog.getByText(/has no usage location\. A license can be assigned only/),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Assign', exact: true })).toBeDisabled();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/users-no-location-${String(width)}.png` });
  }
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole('link', { name: /^Set the usage location of / }).click();

  await expect(page.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
  const picker = page.getByRole('combobox', { name: /Usage location/ });
  await picker.click();
  await picker.pressSequentially('Germ');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Usage location saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Germany (DE)' })).toBeVisible();

  await goToUserTab(page, 'Licenses');
  dialog = await openAssignDialog(page, OFFICE_365_E3.name);
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  const toast = page.getByText('License assigned', { exact: true });
  await expect(toast).toBeVisible();
  // The toast sits below the top bar: the account menu stays readable (issue #16 item 9).
  const banner = await page.getByRole('banner').boundingBox();
  expect((await toast.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(
    (banner?.y ?? 0) + (banner?.height ?? Number.NaN),
  );
  await expect(
    page
      .getByRole('table', { name: 'Licenses' })
      .getByRole('listitem')
      .filter({ hasText: 'Direct' }),
  ).toBeVisible();
  await assertNoSeriousA11yViolations(page);
});

test('direct plus inherited: Yammer from Direct, the rest from the group; removing Direct keeps the inherited plans', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.license);
  const member = await findE3BaseOnlyUser(page);
  await goToUser(page, member);
  await goToUserTab(page, 'Licenses');
  await openUserProduct(page, OFFICE_365_E3.name);
  await assertPlan(page, OFFICE_365_E3.name, 'Exchange Online (Plan 2)', 'On', 'E3 base services');
  await assertPlan(page, OFFICE_365_E3.name, 'Yammer Enterprise', 'Off', '—');

  const dialog = await openAssignDialog(page, OFFICE_365_E3.name);
  const plans = dialog.getByRole('list', { name: 'Service plans' });
  await expect(plans.getByRole('switch', { name: 'Exchange Online (Plan 2)' })).toBeDisabled();
  await expect(plans.getByText('From group E3 base services').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Turn all off' }).click();
  await plans.getByRole('switch', { name: 'Yammer Enterprise' }).check();
  await expect(plans.getByRole('switch', { checked: true, disabled: false })).toHaveCount(1);
  await expect(plans.getByRole('switch', { name: 'Yammer Enterprise' })).toBeChecked();
  await page.screenshot({ path: 'test-results/users-assign-dialog.png' });
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  const toast = page.getByText('License assigned', { exact: true });
  await expect(toast).toBeVisible();
  // The toast sits below the top bar: the account menu stays readable (issue #16 item 9).
  const banner = await page.getByRole('banner').boundingBox();
  expect((await toast.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(
    (banner?.y ?? 0) + (banner?.height ?? Number.NaN),
  );

  await assertPlan(page, OFFICE_365_E3.name, 'Yammer Enterprise', 'On', 'Direct');
  await assertPlan(page, OFFICE_365_E3.name, 'Exchange Online (Plan 2)', 'On', 'E3 base services');
  // At 1,024 px the Why? column is by the window's right edge.
  await page.setViewportSize({ width: 1024, height: 768 });
  const whyButton = page
    .getByRole('row', { name: 'Yammer Enterprise', exact: true, includeHidden: true })
    .getByRole('button', { name: 'Why is Yammer Enterprise on?', includeHidden: true });
  await whyButton.click();
  // Fluent renders the popover surface in a portal; read it by its heading and lines.
  await expect(page.getByText('Yammer Enterprise is On', { exact: true })).toBeVisible();
  await expect(page.getByText('Enabled by: Direct', { exact: true })).toBeVisible();
  await expect(page.getByText('Disabled by: E3 base services', { exact: true })).toBeVisible();
  // Kept off the window's right edge.
  const surface = await page.locator('.fui-PopoverSurface').boundingBox();
  const width = page.viewportSize()?.width ?? Number.NaN;
  expect((surface?.x ?? Number.NaN) + (surface?.width ?? 0)).toBeLessThanOrEqual(width - 16);
  // And next to its Why? button.
  await assertBeside(page.locator('.fui-PopoverSurface'), whyButton, 'The Why? popover');
  await page.screenshot({ path: 'test-results/users-plan-view.png', fullPage: true });
  await page.keyboard.press('Escape');

  // Toggle it: turn Sway on in the direct licence too.
  const edit = await openAssignDialog(page, OFFICE_365_E3.name);
  await edit
    .getByRole('list', { name: 'Service plans' })
    .getByRole('switch', { name: 'Sway' })
    .check();
  await edit.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(edit).toBeHidden();
  await assertPlan(page, OFFICE_365_E3.name, 'Sway', 'On', 'Direct');

  await page
    .getByRole('toolbar', { name: 'License commands' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('License removed', { exact: true })).toBeVisible();
  // Yammer and Sway came only from the direct licence: lost, their data kept (Suspended).
  await assertPlan(page, OFFICE_365_E3.name, 'Yammer Enterprise', 'Suspended', '—');
  await assertPlan(page, OFFICE_365_E3.name, 'Sway', 'Suspended', '—');
  await expect(
    page.getByRole('list', { name: 'Suspended service plans of this user' }),
  ).toContainText('Sway');
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: `test-results/users-suspended-${String(width)}.png`,
      fullPage: true,
    });
  }
  await assertPlan(page, OFFICE_365_E3.name, 'Exchange Online (Plan 2)', 'On', 'E3 base services');
  await expect(
    page.getByRole('toolbar', { name: 'License commands' }).getByRole('button', { name: 'Remove' }),
  ).toHaveAttribute('aria-disabled', 'true');
  await assertNoSeriousA11yViolations(page);
});
