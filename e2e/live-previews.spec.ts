/**
 * Live mode's previews on the tenant copy (issue #14), in a real Chromium: signed in through the
 * fake Entra, Graph routed to the HTTP emulator in the `graph` profile (budgets, lagging lists, one
 * request in ten forced to 429). The copy worker reads the tenant (progress, then its age), and on
 * the copy the admin previews a plan toggle and a rule change, validates the rule for two users and
 * asks Why? of a user's plan; in a second journey the admin saves the plan toggle through Graph and
 * refreshes the copy, whose preview then reads the tenant as changed.
 *
 * Every number and name the portal shows is checked against the emulator's own answer to the same
 * question (its preview extensions, asked by the test for a moment in the default profile) or
 * against the tenant the test reads through Graph, never against the portal's code. The worker's
 * requests are routed and logged with the page's (Playwright routes a dedicated worker's fetches
 * through the context), its console errors and uncaught errors fail the journey with the page's
 * (the hygiene fixture: Playwright reports a worker's on the page), and its heap holds no access
 * token once its requests are answered.
 *
 * `LIVEJ14_SHOTS=<folder>` saves the screens an admin sees (the copy loading, the previews with the
 * copy's age, Validate rules, Why?) at the window's width, `LIVEJ14_WIDTH` (1280 by default).
 */
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { ADMIN } from './support/accounts';
import { assertBeside } from './support/layout';
import { fillRule, goToRuleTab, previewImpact, previewNames } from './support/dynamic-rules';
import { goToGroup, goToGroupTab, productCard } from './support/groups';
import { expect, signInLive, test, type Page, LIVE_SETTLE_MS } from './support/live';
import { control, forceThrottled, graphRead } from './support/http-emulator';
import { TAKEN, copyStatus, count, emulatorAnswer, graphAll, groupId } from './support/live-copy';
import { goToUser, goToUserTab, openUserProduct } from './support/users';
import { workerHeapContains } from './support/worker-heap';

const SHOTS = process.env.LIVEJ14_SHOTS;
const WIDTH = Number(process.env.LIVEJ14_WIDTH ?? 1280);
test.use({ viewport: { width: WIDTH, height: 900 } });

const E3_GROUP = 'E3 base services';
const E3 = 'Office 365 E3';
const EXCHANGE = 'Exchange Online (Plan 2)';
const RULE_GROUP = 'Engineering - Entra ID P1';
/** Disabled engineers leave, disabled lawyers join: a few of each, so the table lists them all. */
const NEW_RULE =
  '(user.department -eq "Engineering" -and user.accountEnabled -eq true) -or (user.department -eq "Legal" -and user.accountEnabled -eq false)';

interface Sku {
  skuId: string;
  skuPartNumber: string;
  servicePlans: { servicePlanId: string; servicePlanName: string }[];
}
interface LicensePreview {
  disabledPlanEffects?: { servicePlanId: string; lose: number; keep: number }[];
  enabledPlanEffects?: { servicePlanId: string; gain: number; already: number }[];
}
interface RulePreview {
  joined: { id: string; displayName: string }[];
  left: { id: string; displayName: string }[];
  totalJoined: number;
  totalLeft: number;
}
interface LicenseState {
  skuId: string;
  assignedByGroup: string | null;
  state: string;
  disabledPlans: string[];
}

/** The tenant as the test reads it through Graph: the group, the product and the plan toggled. */
async function planFacts() {
  const e3GroupId = await groupId(E3_GROUP);
  const skus = await graphAll<Sku>('/subscribedSkus');
  const e3 = skus.find((s) => s.skuPartNumber === 'ENTERPRISEPACK');
  const exchange = e3?.servicePlans.find((p) => p.servicePlanName === 'EXCHANGE_S_ENTERPRISE');
  if (!e3 || !exchange) throw new Error('The default tenant has no Office 365 E3 with Exchange');
  const group = await graphRead<{
    assignedLicenses: { skuId: string; disabledPlans: string[] }[];
  }>(ADMIN.global, `/groups/${e3GroupId}?$select=assignedLicenses`);
  const disabled = group.assignedLicenses.find((l) => l.skuId === e3.skuId)?.disabledPlans ?? [];
  expect(disabled).not.toContain(exchange.servicePlanId);
  return { e3GroupId, skuId: e3.skuId, planId: exchange.servicePlanId, disabled };
}

/** The emulator's own preview of Exchange turned off (or on again) for the group, as the tenant is now. */
async function exchangePreview(
  facts: Awaited<ReturnType<typeof planFacts>>,
  turned: 'off' | 'on',
): Promise<{ affected: number; unaffected: number }> {
  const answer = await emulatorAnswer<LicensePreview>(
    `/groups/${facts.e3GroupId}/previewAssignLicense`,
    {
      addLicenses: [
        {
          skuId: facts.skuId,
          disabledPlans: turned === 'off' ? [...facts.disabled, facts.planId] : facts.disabled,
        },
      ],
      removeLicenses: [],
    },
  );
  if (turned === 'off') {
    const off = answer.disabledPlanEffects?.find((e) => e.servicePlanId === facts.planId);
    return { affected: off?.lose ?? 0, unaffected: off?.keep ?? 0 };
  }
  const on = answer.enabledPlanEffects?.find((e) => e.servicePlanId === facts.planId);
  return { affected: on?.gain ?? 0, unaffected: on?.already ?? 0 };
}

/** The group's Licenses tab with Exchange turned off in a draft: the copy's load starts. */
async function draftExchangeOff(page: Page) {
  await goToGroup(page, E3_GROUP);
  await goToGroupTab(page, 'Licenses');
  const plan = productCard(page, E3).getByRole('switch', { name: EXCHANGE });
  await expect(plan).toBeChecked();
  return plan;
}

test('live: on the tenant copy, a plan-toggle preview, a rule-change preview, Validate rules and Why? say what the emulator says', async ({
  page,
  browser,
  context,
  live: { log },
}) => {
  const facts = await planFacts();
  const ruleGroupId = await groupId(RULE_GROUP);
  const userTotal = await graphRead<number>(ADMIN.global, '/users/$count');

  // What the emulator itself answers for the same changes, on the same tenant.
  const off = await exchangePreview(facts, 'off');
  expect(off.affected).toBeGreaterThan(0);
  const rulePreview = await emulatorAnswer<RulePreview>(
    `/groups/${ruleGroupId}/previewMembershipRule`,
    { membershipRule: NEW_RULE },
  );
  // The table lists 100 rows; the change is chosen to move fewer, on both sides.
  expect(rulePreview.totalJoined).toBeGreaterThan(0);
  expect(rulePreview.totalLeft).toBeGreaterThan(0);
  expect(rulePreview.totalJoined + rulePreview.totalLeft).toBeLessThanOrEqual(100);
  const joiner = rulePreview.joined[0];
  const stayer = (
    await graphAll<{ id: string; displayName: string; accountEnabled: boolean }>(
      `/groups/${ruleGroupId}/members?$select=id,displayName,accountEnabled&$top=999`,
    )
  ).find((m) => m.accountEnabled && !rulePreview.left.some((l) => l.id === m.id));
  if (!joiner || !stayer) throw new Error('No joiner or member staying for Validate rules');
  // One at a time: each answer switches the emulator's profile for a moment.
  const evaluations: { membershipRuleEvaluationResult: boolean }[] = [];
  for (const user of [joiner, stayer])
    evaluations.push(
      await emulatorAnswer(`/groups/${ruleGroupId}/evaluateDynamicMembership`, {
        memberId: user.id,
        membershipRule: NEW_RULE,
      }),
    );
  const whyUser = await userWithPlanFromGroup(facts.e3GroupId, facts.skuId, facts.planId);
  const groupNames = new Map(
    (await graphAll<{ id: string; displayName: string }>('/groups?$select=id,displayName')).map(
      (g) => [g.id, g.displayName],
    ),
  );
  const enabledBy = whyUser.states
    .filter(
      (s) =>
        s.skuId === facts.skuId && s.state === 'Active' && !s.disabledPlans.includes(facts.planId),
    )
    .map((s) => (s.assignedByGroup ? (groupNames.get(s.assignedByGroup) ?? '?') : 'Direct'))
    .sort();

  // The access tokens Graph requests carried (the page's and the worker's).
  const tokens = new Set<string>();
  context.on('request', (request) => {
    if (!request.url().startsWith('https://graph.microsoft.com/')) return;
    void request.headerValue('authorization').then((value) => {
      if (value?.startsWith('Bearer ')) tokens.add(value.slice('Bearer '.length));
    });
  });

  await signInLive(page);
  const plan = await draftExchangeOff(page);
  // Graph holds the copy's first page of users for 3 s: the admin sees how far the load has come.
  await forceThrottled(1, 3, 'GET', '/users');
  await plan.click();

  // (a) The plan-toggle preview, with the copy's age beside it.
  const status = copyStatus(page).first();
  await expect(status).toHaveText(`Reading a copy of the tenant: users 0 of ${count(userTotal)}`, {
    timeout: LIVE_SETTLE_MS,
  });
  if (SHOTS) await shoot(page, 'copy-loading');
  await expect(status).toHaveText(TAKEN, { timeout: 90_000 });
  const impact = page.getByLabel('Impact of your changes');
  await expect(impact).toContainText(
    `${count(off.affected)} users lose ${EXCHANGE}; ${count(off.unaffected)} keep it through another group`,
  );
  await expect(impact).toHaveAttribute('aria-busy', 'false');
  if (SHOTS) await shoot(page, 'plan-preview');
  await assertNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(plan).toBeChecked();

  // The worker is there, and its Graph requests went where live mode's go: routed and logged.
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
    expect.stringMatching(/^\/assets\/copy\.worker-.+\.js$/),
  ]);
  for (const read of ['GET /v1.0/users/delta', 'GET /v1.0/groups/delta', 'GET /v1.0/users/$count'])
    expect(log.requests).toContain(read);

  // (b) A rule-change preview: who joins and who leaves.
  await goToGroup(page, RULE_GROUP);
  const editor = await goToRuleTab(page);
  await expect(copyStatus(page)).toHaveText(TAKEN);
  await fillRule(page, editor, NEW_RULE);
  const preview = await previewImpact(page);
  await expect(preview.getByText(`${count(rulePreview.totalJoined)} users join`)).toBeVisible();
  await expect(preview.getByText(`${count(rulePreview.totalLeft)} users leave`)).toBeVisible();
  expect(await previewNames(preview, 'Joins')).toEqual(
    rulePreview.joined.map((u) => u.displayName).sort(),
  );
  expect(await previewNames(preview, 'Leaves')).toEqual(
    rulePreview.left.map((u) => u.displayName).sort(),
  );
  if (SHOTS) await shoot(page, 'rule-preview');
  await assertNoSeriousA11yViolations(page);

  // (c) Validate rules, for one who joins and one who stays.
  const validate = page.getByRole('region', { name: 'Validate rules' });
  for (const user of [joiner, stayer]) {
    await validate.getByRole('searchbox', { name: 'Search users' }).fill(user.displayName);
    await validate
      .getByRole('checkbox', { name: new RegExp(`^${escape(user.displayName)} \\(`) })
      .first()
      .check();
  }
  await validate.getByRole('button', { name: 'Validate' }).click();
  const results = page.getByRole('list', { name: 'Validation results' });
  for (const [i, user] of [joiner, stayer].entries()) {
    const member = evaluations[i]?.membershipRuleEvaluationResult ? 'Member' : 'Not a member';
    await expect(
      results.getByRole('listitem', { name: `${user.displayName}: ${member}` }),
    ).toBeVisible();
  }
  if (SHOTS) await shoot(page, 'validate-rules');
  await assertNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Discard' }).click();

  // (d) Why? of a user's plan: the groups that turn it on, as Graph's licence states say.
  await goToUser(page, whyUser);
  await goToUserTab(page, 'Licenses');
  await openUserProduct(page, E3);
  // The popover hides the page from assistive technology while open: its button stays found.
  const whyButton = page.getByRole('button', {
    name: `Why is ${EXCHANGE} on?`,
    includeHidden: true,
  });
  await whyButton.click();
  const why = page.getByRole('dialog', { name: `Why ${EXCHANGE} is on` });
  await expect(why.getByText(`${EXCHANGE} is On`, { exact: true })).toBeVisible();
  await expect(why.getByText(`Enabled by: ${enabledBy.join(', ')}`, { exact: true })).toBeVisible();
  // Next to its button, not only visible (it opened at the top of the page).
  await assertBeside(why, whyButton, 'The Why? popover');
  if (SHOTS) await shoot(page, 'why');
  await assertNoSeriousA11yViolations(page);
  // Its Close button closes it and gives focus back to the Why? button.
  await why.getByRole('button', { name: 'Close' }).click();
  await expect(why).toBeHidden();
  await expect(whyButton).toBeFocused();

  // The worker keeps no token once its requests are answered (its heap, after a collection).
  expect(tokens.size).toBeGreaterThan(0);
  const heap = await workerHeapContains(browser, 'copy.worker', [...tokens, whyUser.displayName]);
  // The heap read is the worker's: the copy's users are in it.
  expect(heap.found).toEqual([whyUser.displayName]);
});

test('live: a plan change saved through Graph reaches the tenant copy on Refresh', async ({
  page,
}) => {
  const facts = await planFacts();
  const off = await exchangePreview(facts, 'off');

  await signInLive(page);
  const plan = await draftExchangeOff(page);
  await plan.click();
  const status = copyStatus(page).first();
  await expect(status).toHaveText(TAKEN, { timeout: 90_000 });
  const impact = page.getByLabel('Impact of your changes');
  await expect(impact).toContainText(`${count(off.affected)} users lose ${EXCHANGE}`);

  // The change, saved through Graph.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Save license changes' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(page.getByText('License changes saved', { exact: true })).toBeVisible({
    timeout: LIVE_SETTLE_MS,
  });
  await expect(plan).not.toBeChecked();
  const saved = await graphRead<{
    assignedLicenses: { skuId: string; disabledPlans: string[] }[];
  }>(ADMIN.global, `/groups/${facts.e3GroupId}?$select=assignedLicenses`);
  expect(saved.assignedLicenses.find((l) => l.skuId === facts.skuId)?.disabledPlans).toContain(
    facts.planId,
  );
  await control('POST', '/processing/wait');
  const on = await exchangePreview(facts, 'on');
  expect(on.affected).toBeGreaterThan(0);

  // Turning it back on, previewed on the copy taken before the save: nothing would change there.
  await plan.click();
  await expect(impact).toContainText('No member gains or loses anything.');
  await expect(impact).toHaveAttribute('aria-busy', 'false');
  // Refresh: the copy is read again, and the preview reads the tenant as saved.
  await status.getByRole('button', { name: 'Refresh copy' }).click();
  await expect(impact).toContainText(
    `${count(on.affected)} users gain ${EXCHANGE}; ${count(on.unaffected)} already have it`,
    { timeout: 90_000 },
  );
  await expect(status).toHaveText(TAKEN);
  await page.getByRole('button', { name: 'Discard' }).click();
});

/** A user with the plan on from the group, read through Graph with its licence states. */
async function userWithPlanFromGroup(
  group: string,
  skuId: string,
  planId: string,
): Promise<{ id: string; displayName: string; userPrincipalName: string; states: LicenseState[] }> {
  const users = await graphAll<{
    id: string;
    displayName: string;
    userPrincipalName: string;
    licenseAssignmentStates: LicenseState[];
  }>('/users?$select=id,displayName,userPrincipalName,licenseAssignmentStates&$top=999');
  const user = users.find((u) =>
    u.licenseAssignmentStates.some(
      (s) =>
        s.skuId === skuId &&
        s.assignedByGroup === group &&
        s.state === 'Active' &&
        !s.disabledPlans.includes(planId),
    ),
  );
  if (!user) throw new Error('No user with the plan from the group');
  return { ...user, states: user.licenseAssignmentStates };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A screenshot for the note, at the window's width, outside the repository. */
async function shoot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${SHOTS ?? ''}/${name}-${String(width)}.png`, fullPage: false });
}
