/**
 * The blades hold still and hide nothing the admin reads (issue #16 items 7 and 9): a user's tab
 * strip stays put when the Licenses tab opens and a refused command's tooltip covers neither the
 * user's name nor the tabs; the impact preview of a plan toggle stays in view down a long list of
 * switches; the rule editor's suggestions sit whole under the field, above the rule's problems.
 */
import { expect, test, type Page } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { resetTenant } from './support/emulator';
import { goToGroup, goToGroupTab, productCard } from './support/groups';
import { assertApart, assertEndsAbove, assertShownWhole } from './support/layout';
import { goToGroups } from './support/navigation';
import { findE3BaseOnlyUser, goToUser, goToUserTab } from './support/users';

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${String(width)}.png`) });
  }
}

test("a user's Licenses tab keeps the tab strip in place, and the Remove tooltip covers nothing the admin reads", async ({
  page,
}) => {
  await signInAs(page, ADMIN.license);
  const member = await findE3BaseOnlyUser(page);
  await goToUser(page, member);
  const tabs = page.getByRole('main').getByRole('tablist');
  await expect(page.getByRole('tab', { name: 'Profile' })).toHaveAttribute('aria-selected', 'true');
  const before = await tabs.boundingBox();

  await goToUserTab(page, 'Licenses');
  await expect(page.getByRole('table', { name: 'Licenses' })).toBeVisible();
  const after = await tabs.boundingBox();
  expect(after?.y, 'the tab strip does not move when the Licenses tab opens').toBe(before?.y);

  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    const commands = page.getByRole('toolbar', { name: 'License commands' });
    const remove = commands.getByRole('button', { name: 'Remove' });
    await remove.hover();
    const tooltip = page.getByRole('tooltip', {
      name: 'Open a product to remove its direct license.',
    });
    await expect(tooltip).toBeVisible();
    await assertApart(tooltip, page.getByRole('heading', { level: 1 }), "the user's name");
    await assertApart(
      tooltip,
      page.getByText(member.userPrincipalName, { exact: true }),
      "the user's sign-in name",
    );
    await assertApart(tooltip, tabs, 'the tab strip');
    await assertApart(
      tooltip,
      page.getByRole('table', { name: 'Licenses' }),
      "the user's licences",
    );
    for (const name of ['Assign', 'Reprocess'])
      await assertApart(tooltip, commands.getByRole('button', { name }), `the ${name} command`);
    await page.screenshot({
      path: test.info().outputPath(`user-licenses-remove-tooltip-${String(width)}.png`),
    });
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
  }
});

test('the impact preview of a plan toggle stays in view while the admin toggles down a long list of switches', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signInAs(page, ADMIN.global);
  await goToGroup(page, 'O365 E5 - Exchange only');
  await goToGroupTab(page, 'Licenses');
  const switches = productCard(page, 'Office 365 E5').getByRole('switch');
  await expect(switches.first()).toBeVisible();
  const count = await switches.count();
  expect(count, 'Office 365 E5 has a long list of plans').toBeGreaterThanOrEqual(30);

  const preview = page.getByRole('group', { name: 'Impact of your changes' });
  for (const index of [1, Math.floor(count / 2), count - 1]) {
    const toggle = switches.nth(index);
    // A click fails when anything (the sticky bar, the preview) lies over the switch.
    await toggle.click();
    await expect(toggle).toBeInViewport({ ratio: 1 });
    await expect(preview).toBeInViewport({ ratio: 1 });
    await expect(preview).not.toHaveAttribute('aria-busy', 'true');
    await assertApart(preview, toggle, 'the switch just toggled');
  }
  await screenshots(page, 'group-licenses-preview-in-view');
});

test('the rule editor lists its suggestions whole under the field, above the problems, at 1,024 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signInAs(page, ADMIN.global);

  // In the New dynamic group dialog.
  await goToGroups(page);
  await page.getByRole('button', { name: 'New dynamic group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dynamic group' });
  const field = dialog.getByRole('textbox', { name: 'Dynamic membership rule' });
  await field.click();
  await field.pressSequentially('(user.department -eq "Sales") and (user.');
  let suggestions = dialog.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toBeVisible();
  await assertEndsAbove(field, suggestions);
  await assertShownWhole(suggestions);
  await assertEndsAbove(suggestions, dialog.getByRole('list', { name: 'Rule problems' }));
  await screenshots(page, 'rule-suggestions-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // On a dynamic group's rule tab.
  await goToGroup(page, 'EMS licensed users');
  await page.getByRole('tab', { name: 'Dynamic membership rules' }).click();
  const editor = page.getByRole('textbox', { name: 'Rule syntax' });
  await editor.fill('');
  await editor.pressSequentially('user.');
  suggestions = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(suggestions.getByRole('option').first()).toBeVisible();
  await assertEndsAbove(editor, suggestions);
  await assertShownWhole(suggestions);
  await assertEndsAbove(suggestions, page.getByRole('list', { name: 'Rule problems' }));
  await screenshots(page, 'rule-suggestions-tab');
});

test('the Overview without prices: the Cost heading, its words and the link stand one under the other', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global);
  const cost = page.getByRole('region', { name: 'Cost' });
  const heading = cost.getByRole('heading', { level: 2, name: 'Cost' });
  const words = cost.getByText(/^Enter what each product costs a month/);
  const link = cost.getByRole('link', { name: 'Enter prices' });
  await expect(link).toBeVisible();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await assertEndsAbove(heading, words);
    await assertEndsAbove(words, link);
  }
});
