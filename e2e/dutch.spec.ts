/**
 * The portal in Dutch (nl-NL), detected from the browser's language: the documentation's
 * multiple-groups scenario (journey 4 of groups.spec.ts: E3 base services + E3 extended services,
 * 7 plans of E3 on one licence) with Dutch labels, and no English words left on the blades it
 * visits (every visible line is compared with the English catalog's messages that read
 * differently in Dutch; Graph's names, such as products, plans, groups and users, stay).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { en } from '../src/lib/i18n/messages/en';
import { nl } from '../src/lib/i18n/messages/nl';
import { ADMIN } from './support/accounts';
import { resetTenant, waitForLicenseProcessing } from './support/emulator';
import { OFFICE_365_E3, findE3BaseOnlyUser } from './support/users';

test.use({ locale: 'nl-NL' });
test.describe.configure({ timeout: 120_000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each English message that reads differently in Dutch, as a pattern matching a whole line of
 * text: arguments (`{name}`, `{count, number}`) match anything; messages with plural or select
 * branches are matched by each branch's text.
 */
function englishLines(): { id: string; pattern: RegExp }[] {
  const out: { id: string; pattern: RegExp }[] = [];
  for (const [id, english] of Object.entries(en)) {
    if (nl[id as keyof typeof en] === english) continue;
    const branches = english.includes(', plural,')
      ? [...english.matchAll(/(?:one|other|=\d+) \{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) =>
          (m[1] ?? '').replaceAll('#', '{count}'),
        )
      : [english];
    for (const text of branches) {
      const source = text
        .split(/\{[^{}]*\}/)
        .map(escape)
        .join('.+');
      // A message that is mostly its arguments ("{first} and {second}") would match Graph's own
      // text (a group's description); only messages with words of their own are looked for.
      if ((text.replace(/\{[^{}]*\}/g, '').match(/\p{L}/gu) ?? []).length < 4) continue;
      out.push({ id, pattern: new RegExp(`^${source}$`) });
    }
  }
  return out;
}

const ENGLISH = englishLines();

/** The visible lines of the page that are English catalog messages. */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.flatMap((line) =>
    ENGLISH.filter(({ pattern }) => pattern.test(line)).map(({ id }) => `${id}: "${line}"`),
  );
}

async function assertAllDutch(page: Page): Promise<void> {
  expect(await englishLeft(page)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

test('journey 4 in Dutch: a user in E3 base and E3 extended services gets the union of plans', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL');
  await assertAllDutch(page);
  await page
    .getByRole('list', { name: 'Beheerdersaccounts' })
    .getByRole('button', { name: `(${ADMIN.global})` })
    .click();
  const nav = page.getByRole('navigation', { name: 'Navigatie' });
  await expect(nav).toBeVisible();
  const member = await findE3BaseOnlyUser(page);

  // Groepen → E3 extended services → Leden → Leden toevoegen.
  await nav.getByRole('link', { name: 'Groepen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepen' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Groepen zoeken' }).fill('E3 extended services');
  const groups = page.getByRole('grid', { name: 'Groepen' });
  await expect(groups.getByRole('rowheader').filter({ hasNotText: 'E3 extended' })).toHaveCount(0);
  await expect(groups.getByRole('columnheader', { name: 'Lidmaatschapstype' })).toBeVisible();
  await assertAllDutch(page);
  await groups.getByRole('row', { name: /^E3 extended services/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E3 extended services' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Groepstype' })).toBeVisible();
  await assertAllDutch(page);

  await page.getByRole('tab', { name: 'Leden' }).click();
  await page.getByRole('button', { name: 'Leden toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leden toevoegen' });
  await dialog.getByRole('searchbox', { name: 'Gebruikers zoeken' }).fill(member.displayName);
  const box = dialog.getByRole('checkbox', {
    name: `${member.displayName} (${member.userPrincipalName})`,
    exact: true,
  });
  await expect(box).toBeEnabled();
  await box.click();
  await expect(dialog.getByRole('button', { name: 'Toevoegen (1)' })).toBeVisible();
  await assertAllDutch(page);
  await dialog.getByRole('button', { name: 'Toevoegen (1)' }).click();
  await expect(page.getByText('Leden toegevoegd').first()).toBeVisible();
  await expect(
    page
      .getByRole('grid', { name: 'Leden' })
      .getByRole('rowheader', { name: member.displayName })
      .first(),
  ).toBeVisible();

  // Licenties: the card counts seats in Dutch; no errors after processing.
  await waitForLicenseProcessing(page);
  await page.getByRole('tab', { name: 'Licenties' }).click();
  await page
    .getByRole('toolbar', { name: 'Groepsopdrachten' })
    .getByRole('button', { name: 'Vernieuwen' })
    .click();
  const card = page.getByRole('region', { name: OFFICE_365_E3.name, exact: true });
  await expect(
    card.getByText(/serviceplannen aan · [\d.]+ van [\d.]+ licenties toegewezen/),
  ).toBeVisible();
  await expect(page.getByText('Geen fouten bij licentietoewijzing in deze groep.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Toewijzingen', exact: true })).toBeVisible();
  await assertAllDutch(page);

  // Gebruikers → the member → Licenties → Office 365 E3: the documentation's 7 plans on one licence.
  await nav.getByRole('link', { name: 'Gebruikers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Gebruikers zoeken op naam' }).fill(member.displayName);
  const users = page.getByRole('grid', { name: 'Gebruikers' });
  await expect(users.getByRole('rowheader').filter({ hasNotText: member.displayName })).toHaveCount(
    0,
  );
  await assertAllDutch(page);
  await users
    .getByRole('row', { name: new RegExp(member.userPrincipalName.replaceAll('.', '\\.')) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: member.displayName })).toBeVisible();
  await assertAllDutch(page);
  await page.getByRole('tab', { name: 'Licenties' }).click();
  const licenses = page.getByRole('table', { name: 'Licenties' });
  await expect(licenses.getByRole('columnheader', { name: 'Toewijzingspaden' })).toBeVisible();
  await expect(licenses.getByText('Overgenomen (E3 base services)')).toBeVisible();
  await licenses.getByRole('button', { name: OFFICE_365_E3.name }).click();
  const plans = page.getByRole('table', { name: `Serviceplannen van ${OFFICE_365_E3.name}` });
  const plan = (name: string) => plans.getByRole('row', { name, exact: true });
  for (const name of ['Exchange Online (Plan 2)', 'Microsoft 365 Apps for enterprise'])
    await expect(plan(name).getByRole('cell').nth(2)).toHaveText('E3 base services');
  for (const name of ['Yammer Enterprise', 'Sway'])
    await expect(plan(name).getByRole('cell').nth(2)).toHaveText('E3 extended services');
  await expect(plan('SharePoint (Plan 2)').getByRole('cell').nth(2)).toHaveText(
    'E3 base services, E3 extended services',
  );
  await expect(plan('Microsoft Teams').getByRole('cell').nth(1)).toHaveText('Uit');
  await expect(
    plans.getByRole('row').filter({ has: page.getByText('Aan', { exact: true }) }),
  ).toHaveCount(7);
  await expect(plans.getByRole('columnheader', { name: 'Ingeschakeld door' })).toBeVisible();
  await assertAllDutch(page);
});
