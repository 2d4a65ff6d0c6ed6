/**
 * The portal in Dutch (nl-NL), detected from the browser's language: the documentation's
 * multiple-groups scenario (journey 4 of groups.spec.ts: E3 base services + E3 extended services,
 * 7 plans of E3 on one licence) with Dutch labels, and no English words left on the blades it
 * visits (every visible line is compared with the English catalog's messages that read
 * differently in Dutch; Graph's names, such as products, plans, groups and users, stay).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { AUDIT_ACTIVITIES } from '../src/features/audit/audit-search';
import { en } from '../src/lib/i18n/messages/en';
import { nl } from '../src/lib/i18n/messages/nl';
import { ADMIN, DUTCH_SIGN_IN, signInAs } from './support/accounts';
import { resetTenant, waitForLicenseProcessing } from './support/emulator';
import { OFFICE_365_E3, findE3BaseOnlyUser } from './support/users';

test.use({ locale: 'nl-NL' });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each English message that reads differently in Dutch, as a pattern matching a whole line of
 * text: number arguments (`{count, number}`, a plural's `#`) match digits, other arguments
 * (`{name}`) anything; messages with plural or select branches are matched by each branch's text.
 */
function englishLines(): { id: string; pattern: RegExp }[] {
  const out: { id: string; pattern: RegExp }[] = [];
  for (const [id, english] of Object.entries(en)) {
    if (nl[id as keyof typeof en] === english) continue;
    const branches = english.includes(', plural,')
      ? [...english.matchAll(/(?:one|other|=\d+) \{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) =>
          (m[1] ?? '').replaceAll('#', '{count, number}'),
        )
      : [english];
    for (const text of branches) {
      const words = text.split(/\{[^{}]*\}/).map(escape);
      const args = [...text.matchAll(/\{[^{}]*\}/g)].map(([arg]) =>
        arg.includes(', number') ? '[\\d.,\\s]+' : '.+',
      );
      const source = words.map((w, i) => w + (args[i] ?? '')).join('');
      // A message that is mostly its arguments ("{first} and {second}") would match Graph's own
      // text (a group's description); only messages with words of their own are looked for.
      if ((text.replace(/\{[^{}]*\}/g, '').match(/\p{L}/gu) ?? []).length < 4) continue;
      out.push({ id, pattern: new RegExp(`^${source}$`) });
    }
  }
  return out;
}

const ENGLISH = englishLines();
const ACTIVITIES = new Set<string>(AUDIT_ACTIVITIES);

/** The visible lines of the page that are English catalog messages. */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // Audit activity names are Graph's own words, as Graph sends them ("Remove member from group").
  return lines
    .filter((line) => !ACTIVITIES.has(line))
    .flatMap((line) =>
      ENGLISH.filter(({ pattern }) => pattern.test(line)).map(({ id }) => `${id}: "${line}"`),
    );
}

/** An audit entry's activity type (`operationType`), a Graph value shown as Graph sends it. */
const OPERATION_TYPES = ['Add', 'Assign', 'Delete', 'Unassign', 'Update'];

/** No English line on the page but Graph's own words (`graphWords`, where the blade shows them). */
async function assertAllDutch(page: Page, graphWords: readonly string[] = []): Promise<void> {
  const left = await englishLeft(page);
  expect(left.filter((line) => !graphWords.some((word) => line.endsWith(`: "${word}"`)))).toEqual(
    [],
  );
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

test('the audit log and the rule editor in Dutch: an entry, its processing run, rule problems and the impact preview', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global, DUTCH_SIGN_IN);
  const nav = page.getByRole('navigation', { name: nl['shell.nav.label'] });

  // Controlelogboeken: the list, an entry and its processing run.
  await nav.getByRole('link', { name: nl['shell.nav.auditLogs'], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: nl['audit.title'] })).toBeVisible();
  const log = page.getByRole('grid', { name: nl['audit.title'] });
  await expect(log.getByRole('row').nth(1)).toBeVisible();
  await assertAllDutch(page);
  await log
    .getByRole('row')
    .filter({ hasText: 'Finish applying group based license to users' })
    .first()
    .click();
  const details = page.getByRole('dialog', { name: nl['audit.details'] });
  await expect(details.getByRole('button', { name: nl['audit.entry.viewRun'] })).toBeVisible();
  await assertAllDutch(page, OPERATION_TYPES);
  await details.getByRole('button', { name: nl['audit.entry.viewRun'] }).click();
  const run = page.getByRole('dialog', { name: nl['audit.run'] });
  await expect(run.getByRole('list', { name: nl['audit.run.steps'] })).toBeVisible();
  await assertAllDutch(page);
  await run.getByRole('button', { name: nl['common.close'] }).click();
  await expect(run).toBeHidden();

  // Groepen → EMS licensed users → Dynamische lidmaatschapsregels: problems and the preview.
  await nav.getByRole('link', { name: nl['shell.nav.groups'], exact: true }).click();
  await page.getByRole('searchbox', { name: nl['groups.search'] }).fill('EMS licensed users');
  await page
    .getByRole('grid', { name: nl['groups.title'] })
    .getByRole('row', { name: /^EMS licensed users/ })
    .click();
  await page.getByRole('tab', { name: nl['groups.tab.rule'] }).click();
  const editor = page.getByRole('textbox', { name: nl['rules.panel.syntax'] });
  await expect(editor).toBeVisible();
  await assertAllDutch(page);
  await editor.fill('(user.department -eq "Sales"');
  await editor.press('Escape');
  await expect(page.getByRole('list', { name: nl['rules.editor.problems'] })).toBeVisible();
  await assertAllDutch(page);
  await editor.fill('user.department -eq "Sales"');
  await editor.press('Escape');
  await expect(
    page.getByRole('status').filter({ hasText: nl['rules.editor.valid'] }),
  ).toBeVisible();
  await page.getByRole('button', { name: nl['rules.panel.preview'] }).click();
  const preview = page.getByRole('region', { name: nl['rules.impact.title'] });
  await expect(preview.getByRole('table', { name: nl['rules.impact.users'] })).toBeVisible();
  await assertAllDutch(page);
});
