/**
 * At 1,024 px the side navigation folds to a rail of icons, so a blade keeps the width its tables
 * need (issue #16 item 6); each icon keeps its name and says it on hover; at 1,440 px the labels
 * are back.
 */
import { nl } from '../src/lib/i18n/messages/nl';
import { ADMIN, DUTCH_SIGN_IN, signInAs } from './support/accounts';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/test';

/** The cells of the first ten rows in these columns whose text is cut off (an ellipsis). */
async function cutCells(table: Locator, columns: readonly number[]): Promise<string[]> {
  return table.getByRole('row').evaluateAll((rows, wanted) => {
    const cut: string[] = [];
    for (const row of rows.slice(1, 11)) {
      const cells = [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')];
      for (const index of wanted) {
        const cell = cells[index];
        if (cell instanceof HTMLElement && cell.scrollWidth > cell.clientWidth)
          cut.push(`${String(index)}: ${cell.textContent}`);
      }
    }
    return cut;
  }, columns);
}

test('the side navigation is a rail of named icons below 1,100 px, and labelled above', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await signInAs(page, ADMIN.global);
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  const width = async () => (await nav.boundingBox())?.width ?? Number.NaN;
  expect(await width()).toBeLessThanOrEqual(64);
  for (const name of ['Users', 'Groups', 'Licenses', 'All products', 'Audit logs'])
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  // Out of sight, still the link's name: the rail shows no words until hovered.
  await expect(nav.getByText('Audit logs', { exact: true })).not.toBeInViewport({ ratio: 0.5 });

  const audit = nav.getByRole('link', { name: 'Audit logs', exact: true });
  await audit.hover();
  await expect(page.getByRole('tooltip', { name: 'Audit logs' })).toBeVisible();
  await audit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit logs' })).toBeVisible();
  await expect(audit).toHaveAttribute('aria-current', 'page');
  // The blade has the rest of the window.
  const main = await page.locator('#main').boundingBox();
  expect(main?.width ?? 0).toBeGreaterThanOrEqual(1024 - 64 - 1);

  // A column too narrow for its words is dragged wider from its header's splitter.
  const table = page.getByRole('grid', { name: 'Audit logs' });
  const date = table.getByRole('columnheader', { name: 'Date' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // The date and time an admin reads the log by is whole, not cut to "10/29/26, 8:24:00 …".
  expect(await cutCells(table, [0, 4])).toEqual([]);
  const narrow = (await date.boundingBox())?.width ?? Number.NaN;
  const splitter = date.locator('[data-column-resizer]');
  const edge = await splitter.boundingBox();
  if (edge === null) throw new Error('the Date column has no splitter');
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 80, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  expect((await date.boundingBox())?.width).toBeCloseTo(narrow + 80, -1);

  await page.setViewportSize({ width: 1440, height: 800 });
  await expect(nav.getByText('Audit logs', { exact: true })).toBeInViewport();
  expect(await width()).toBeGreaterThanOrEqual(200);
  // At 1,440 px Date, Service, Category and Status are whole (the dragged Date column given back).
  await date.locator('[data-column-resizer]').dblclick();
  expect(await cutCells(table, [0, 1, 2, 4])).toEqual([]);
});

test.describe('in Dutch, whose words are longer', () => {
  test.use({ locale: 'nl-NL' });

  test('at 1,024 px the top bar keeps to one line: its commands fold to named icons', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await signInAs(page, ADMIN.global, DUTCH_SIGN_IN);
    const bar = page.getByRole('banner');
    const reset = bar.getByRole('button', { name: nl['shell.reset.button'] });
    const connect = bar.getByRole('link', { name: nl['live.mode.connect'] });
    const account = bar.getByRole('button', { name: /^Account: MOD Administrator/ });
    await expect(bar.getByTestId('portal-mode')).toHaveText(/Contoso/);
    // One line each: a wrapped label doubles its command's height and spills out of the 48 px bar.
    for (const command of [reset, connect, bar.getByTestId('portal-mode')]) {
      const box = await command.boundingBox();
      expect(box?.height ?? Number.NaN).toBeLessThanOrEqual(40);
    }
    // The account is its name over its role, inside the bar.
    const inBar = await bar.boundingBox();
    const name = await account.boundingBox();
    expect(inBar?.height).toBe(48);
    expect(name?.height ?? Number.NaN).toBeLessThanOrEqual(48);
    expect(name?.y ?? Number.NaN).toBeGreaterThanOrEqual(inBar?.y ?? Number.NaN);
    await reset.hover();
    await expect(page.getByRole('tooltip', { name: nl['shell.reset.button'] })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('top-bar-nl-1024.png') });
  });
});
