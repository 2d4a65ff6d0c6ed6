/**
 * What the admin does in the browser benchmark, each measured in the page: reset to the large
 * seed, reload, search users, and a plan toggle on the 60,000-member group (its impact preview,
 * its Save, and the background processing after it).
 */
import { expect, type Page } from '@playwright/test';
import {
  fetchAfter,
  firstSeen,
  lastInput,
  longTasksBetween,
  pageNow,
  watchFor,
  type FetchRecord,
  type LongTask,
} from './probes';

/** One measured action: how long it took and the UI thread's long tasks meanwhile. */
export interface Measured {
  readonly ms: number;
  readonly longTasks: readonly LongTask[];
}

const GRAPH = 'https://graph.microsoft.com';
export const ADMIN_UPN = 'admin@contoso.onmicrosoft.com';
const BIG_GROUP = 'E3 base services';
const E3 = 'Office 365 E3';
/**
 * Plans the seed leaves off in E3 base services, one turned on per toggle: each toggle is a change
 * the portal has not previewed before (turning one plan on, off and on again showed the first
 * preview from the cache the third time: 30 ms).
 */
export const PLANS = ['Yammer Enterprise', 'Sway', 'Microsoft Forms (Plan E3)'] as const;

/** A control-API or Graph call from the page, as the Global Administrator. */
export async function inPage<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return page.evaluate(
    async ({ method, path, body, headers, graph, upn }) => {
      const auth: Record<string, string> = {};
      if (path.startsWith('/v1.0/')) {
        const token = await fetch(`${graph}/_emulator/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ userPrincipalName: upn }),
        });
        auth.Authorization = `Bearer ${((await token.json()) as { access_token: string }).access_token}`;
      }
      // The emulator takes JSON bodies only (415 for fetch's default text/plain).
      const type: Record<string, string> =
        body === undefined ? {} : { 'Content-Type': 'application/json' };
      const init: RequestInit = { method, headers: { ...auth, ...type, ...headers } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`${graph}${path}`, init);
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${String(response.status)} ${text}`);
      return (text.startsWith('{') ? JSON.parse(text) : text) as T;
    },
    { method, path, body, headers, graph: GRAPH, upn: ADMIN_UPN },
  );
}

/** Waits until the page's emulator answers (the sign-in page or the shell is up). */
export async function waitForPortal(page: Page): Promise<void> {
  await expect(
    page
      .getByRole('heading', { level: 1, name: 'Sign in' })
      .or(page.getByRole('navigation', { name: 'Navigation' }))
      .first(),
  ).toBeVisible({ timeout: 120_000 });
}

/** `POST /_emulator/reset {"seed":"large"}` from the page, until answered. */
export async function resetToLarge(page: Page): Promise<Measured> {
  const since = await pageNow(page);
  await inPage(page, 'POST', '/_emulator/reset', { seed: 'large' });
  const call = await fetchAfter(page, since, 'POST', '/_emulator/reset');
  if (!call?.answered) throw new Error('The reset was not recorded.');
  return {
    ms: call.answered - call.start,
    longTasks: await longTasksBetween(page, call.start, call.answered),
  };
}

/** Signs in as the Global Administrator from the sign-in page. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({
    timeout: 120_000,
  });
  await page
    .getByRole('list', { name: 'Administrator accounts' })
    .getByRole('button', { name: `(${ADMIN_UPN})` })
    .click();
  // The token is answered once the worker has restored the large tenant (seconds).
  await expect(page.getByRole('navigation', { name: 'Navigation' })).toBeVisible({
    timeout: 120_000,
  });
}

/** Reloads on Licenses: until the shell shows, and until the blade's data shows. */
export async function reload(page: Page): Promise<{ shell: number; data: number }> {
  await page.goto('/licenses');
  await expect(page.getByRole('list', { name: 'Seats per product' })).toBeVisible({
    timeout: 120_000,
  });
  const shell = await firstSeen(page, 'shell');
  const data = await firstSeen(page, 'overviewData');
  if (shell === null || data === null) throw new Error('The reload was not recorded.');
  return { shell, data };
}

/** Opens Users from the navigation and waits for the first page of the list. */
export async function openUsers(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation' })
    .getByRole('link', { name: 'Users', exact: true })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /users found$/ })).toBeVisible({
    timeout: 60_000,
  });
}

/**
 * Types `term` into Users' search box, a key every 80 ms: from the last key until the list shows
 * the matching users (its count line reads the number Graph counts for the term), and from the
 * request the portal sends for the last key (at once, or once typing pauses while a read is on
 * its way) until then.
 */
export async function searchUsers(
  page: Page,
  term: string,
): Promise<Measured & { readonly fromRequest: number; readonly answer: number }> {
  const countOf = async (text: string) =>
    Number(
      await inPage<string>(
        page,
        'GET',
        `/v1.0/users/$count?$search=${encodeURIComponent(`"displayName:${text}"`)}`,
        undefined,
        { ConsistencyLevel: 'eventual' },
      ),
    );
  const count = await countOf(term);
  // The last key must change the answer: otherwise the rows of the letters before it are already
  // the right ones, and the figure would time an earlier search instead of the last.
  if ((await countOf(term.slice(0, -1))) === count)
    throw new Error(
      `"${term}" finds as many users as "${term.slice(0, -1)}": choose a term whose last letter narrows the search.`,
    );
  const box = page.getByRole('searchbox', { name: 'Search users by name' });
  await box.fill('');
  await expect(page.getByRole('status').filter({ hasText: /users found$/ })).toBeVisible();
  const found = `^${count.toLocaleString('en-US')} users found$`;
  const watch = await watchFor(page, `search-${term}`, '[role="status"]', found);
  await box.click();
  const first = await pageNow(page);
  await box.pressSequentially(term, { delay: 80 });
  const last = await lastInput(page);
  // Not a count line shown for the letters before the last (a prefix can match as many users).
  const shown = await watch.when(last);
  const request = await fetchAfter(page, last, 'GET', '/v1.0/users?');
  return {
    ms: shown - last,
    longTasks: await longTasksBetween(page, first, shown),
    fromRequest: request ? shown - request.start : NaN,
    answer: request?.answered ? request.answered - request.start : NaN,
  };
}

/** Groups → the 60,000-member group → Licenses. */
export async function openBigGroupLicenses(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation' })
    .getByRole('link', { name: 'Groups', exact: true })
    .click();
  await page.getByRole('searchbox', { name: 'Search groups' }).fill(BIG_GROUP);
  const grid = page.getByRole('grid', { name: 'Groups' });
  // Only once the list is the search's answer: a click on the list it replaces could be lost.
  await expect(grid.getByRole('rowheader').filter({ hasNotText: BIG_GROUP })).toHaveCount(0);
  await grid
    .getByRole('row', { name: new RegExp(`^${BIG_GROUP}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: BIG_GROUP })).toBeVisible();
  await page.getByRole('tab', { name: 'Licenses' }).click();
  await expect(planSwitch(page, PLANS[0])).toBeEnabled({ timeout: 60_000 });
}

/** A plan's switch on the group's card of Office 365 E3. */
export function planSwitch(page: Page, plan: string) {
  return page
    .getByRole('region', { name: E3, exact: true })
    .getByRole('switch', { name: plan, exact: true });
}

/** One plan toggle and its Save on the 60,000-member group. */
export interface ToggleRun {
  readonly preview: Measured;
  readonly save: Measured;
  /** From the Save until processing is idle and 2 s more (background saves included). */
  readonly processing: Measured;
}

/**
 * Flips `name` in Office 365 E3 of E3 base services: the impact preview (from the click
 * to the preview's message), then Save (confirming when the plan goes off) until Graph answers,
 * then the background processing until the emulator is idle.
 */
export async function togglePlan(page: Page, name: string): Promise<ToggleRun> {
  const plan = planSwitch(page, name);
  const turningOn = !(await plan.isChecked());
  // Shown: the preview of this change, no longer updating (`aria-busy` is set while it is read).
  const preview = await watchFor(
    page,
    `preview-${String(Date.now())}`,
    '[aria-label="Impact of your changes"][aria-busy="false"]',
    null,
  );
  await plan.click();
  const toggled = await lastInput(page);
  const previewShown = await preview.when();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  if (!turningOn)
    await page
      .getByRole('alertdialog', { name: 'Save license changes' })
      .getByRole('button', { name: 'Save' })
      .click();
  const saved = await lastInput(page);
  let call: FetchRecord | undefined;
  await expect
    .poll(
      async () => {
        call = await fetchAfter(page, saved, 'POST', '/assignLicense');
        return call?.answered ?? null;
      },
      { timeout: 120_000, message: 'the Save is answered' },
    )
    .not.toBeNull();
  if (!call?.answered) throw new Error('The Save was not recorded.');
  await inPage(page, 'POST', '/_emulator/processing/wait');
  const idle = await pageNow(page);
  await page.waitForTimeout(2_000);
  await expect(plan).toBeChecked({ checked: turningOn, timeout: 60_000 });
  await expect(plan).toBeEnabled();
  return {
    preview: {
      ms: previewShown - toggled,
      longTasks: await longTasksBetween(page, toggled, previewShown),
    },
    save: {
      ms: call.answered - saved,
      longTasks: await longTasksBetween(page, saved, call.answered),
    },
    processing: {
      ms: idle - saved,
      longTasks: await longTasksBetween(page, saved, idle + 2_000),
    },
  };
}
