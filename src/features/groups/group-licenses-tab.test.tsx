import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { ADMIN } from '../../test/render-route';
import { testEmulator } from '../../test/emulator';
import { control } from '../../test/control';
import { openGroup } from './group-test-kit';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const E5 = 'c7df2760-2c81-4ef7-b578-5b5392b571df';
const AUDIO = '0c266dff-15dd-4b49-8397-2bb16070ed52';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  testEmulator().server.resetHandlers();
});

const plans = (product: string) =>
  screen.findByRole('list', { name: `Service plans of ${product}` });

describe('Group Licenses tab', () => {
  it('lists assigned products and their plans, marks unsaved toggles, and discards them', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await plans('Office 365 E3');
    const exchange = within(list).getByRole('switch', { name: 'Exchange Online (Plan 2)' });
    expect(exchange).toBeChecked();
    expect(
      within(list).getByRole('switch', { name: 'Microsoft Stream for Office 365 E3' }),
    ).not.toBeChecked();
    await user.click(exchange);
    expect(exchange).not.toBeChecked();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(within(list).getByText('Unsaved')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    expect(exchange).toBeChecked();
  });

  it('saves a plan turned off after a confirmation stating how many users lose it, then processes', async () => {
    const { user, emulator, id } = await openGroup('E3 extended services', 'licenses');
    const list = await plans('Office 365 E3');
    await user.click(within(list).getByRole('switch', { name: 'Sway' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save license changes' });
    expect(dialog).toHaveTextContent(/\d+ users lose service plans you turned off \(1 plan\)/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('License changes saved')).toBeInTheDocument();
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    await waitForProcessing();
    await waitFor(() => {
      expect(screen.getByRole('switch', { name: 'Sway' })).not.toBeChecked();
    });
    const saved = emulator.store.tenant.group(id)?.assignedLicenses.find((l) => l.skuId === E3);
    expect(saved?.disabledPlans.length).toBeGreaterThan(0);
  });

  it("does not read the group's members again after a licence change, which leaves them as they are", async () => {
    const { user, id } = await openGroup('E3 extended services', 'licenses');
    const list = await plans('Office 365 E3');
    const membersPath = `/v1.0/groups/${id}/members`;
    const reads: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === membersPath)
        reads.push(request.url);
    };
    const { server } = testEmulator();
    server.events.on('request:start', onRequest);
    try {
      await user.click(within(list).getByRole('switch', { name: 'Sway' }));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const dialog = await screen.findByRole('alertdialog', { name: 'Save license changes' });
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      // The Save refreshes what it changed before it says so, and again once processing ends.
      expect(await screen.findByText('License changes saved')).toBeInTheDocument();
      await waitForProcessing();
      await waitFor(() => {
        expect(screen.getByRole('switch', { name: 'Sway' })).not.toBeChecked();
      });
      expect(reads).toEqual([]);
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
  });

  it('lists failed assignments in words; freeing seats alone keeps them, Reprocess clears them', async () => {
    const { user } = await openGroup('Audio Conferencing users', 'licenses');
    const failed = await screen.findByRole('grid', { name: 'Failed assignments' });
    expect((await within(failed).findAllByText(/^Not enough licenses: /)).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByText(/Most common reason: Not enough licenses/)).toBeInTheDocument();

    await control('PATCH', `/subscriptions/${AUDIO}`, { prepaidUnits: { enabled: 500 } });
    await user.click(screen.getAllByRole('button', { name: 'Refresh' })[0] ?? document.body);
    expect(await screen.findByRole('grid', { name: 'Failed assignments' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reprocess' }));
    expect(await screen.findByText('Reprocessing started')).toBeInTheDocument();
    await waitForProcessing();
    expect(
      await screen.findByText('No license assignment errors in this group.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
  });

  it('names the conflicting service plans of a mutually exclusive error', async () => {
    await openGroup('Kiosk users', 'licenses');
    const failed = await screen.findByRole('grid', { name: 'Failed assignments' });
    expect(
      (await within(failed).findAllByText(/^Conflicting service plans: .*SharePoint/)).length,
    ).toBeGreaterThan(0);
  });

  it('turns Assignments off for a group that is not security-enabled, and says why', async () => {
    await openGroup('Marketing Team', 'licenses');
    expect(await screen.findByText("This group can't have licenses")).toBeInTheDocument();
    expect(
      screen.getByText(/not security-enabled, so Assignments are turned off/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assign' })).toBeDisabled();
  });

  it('warns about a plan newly added to a product, enabled here by default', async () => {
    const { user, queryClient } = await openGroup('O365 E5 - Exchange only', 'licenses');
    await plans('Office 365 E5');
    await control('POST', `/subscriptions/${E5}/servicePlans`, {
      servicePlanId: '11111111-2222-4333-8444-555555555555',
      servicePlanName: 'NEW_COPILOT_PLAN',
    });
    await waitForProcessing();
    await queryClient.invalidateQueries();
    expect(await screen.findByText('New service plan enabled by default')).toBeInTheDocument();
    const list = await plans('Office 365 E5');
    const plan = within(list).getByRole('switch', { name: 'NEW_COPILOT_PLAN' });
    expect(plan).toBeChecked();
    expect(within(list).getByText('New plan')).toBeInTheDocument();
    await user.click(plan);
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('assigns a product with a plan turned off after showing its seats and impact, then removes it', async () => {
    const { user, emulator, id } = await openGroup('Finance leadership', 'licenses');
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Assign license to Finance leadership',
    });
    await user.click(within(dialog).getByRole('combobox', { name: 'Product' }));
    // Counts read with the locale's digit grouping.
    await user.click(
      await screen.findByRole('option', {
        name: /^Microsoft Fabric \(Free\) — \d{3},\d{3} available$/,
      }),
    );
    expect(
      within(dialog).getByText(
        /^Microsoft Fabric \(Free\): \d{3},\d{3} of 1,000,000 seats available\.$/,
      ),
    ).toBeVisible();
    const list = within(dialog).getByRole('list', { name: 'Service plans' });
    const switches = within(list).getAllByRole('switch');
    expect(switches.length).toBeGreaterThan(1);
    expect(switches.every((s) => (s as HTMLInputElement).checked)).toBe(true);
    const first = switches[0] as HTMLInputElement;
    const firstName = first.getAttribute('aria-label') ?? '';
    await user.click(first);
    expect(
      within(dialog).getByText(`Service plans (${switches.length - 1} of ${switches.length} on)`),
    ).toBeVisible();
    const impact = await within(dialog).findByRole('group', { name: 'Impact of your changes' });
    expect(impact).toHaveTextContent(/6 users get Microsoft Fabric \(Free\)/);
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('License assigned')).toBeInTheDocument();
    const saved = emulator.store.tenant.group(id)?.assignedLicenses ?? [];
    expect(saved).toHaveLength(1);
    expect(saved[0]?.disabledPlans).toHaveLength(1);
    const heading = await screen.findByRole('heading', {
      name: 'Microsoft Fabric (Free)',
      level: 3,
    });
    const card = await plans(heading.textContent);
    expect(within(card).getByRole('switch', { name: firstName })).not.toBeChecked();

    const remove = await screen.findByRole('button', { name: /^Remove Microsoft Fabric \(Free\)/ });
    await user.click(remove);
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove license' });
    expect(confirm).toHaveTextContent(/6 users lose it/);
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('License removed')).toBeInTheDocument();
  });

  it('keeps a Global Reader from changing plans', async () => {
    await openGroup('E3 base services', 'licenses', ADMIN.globalReader);
    const list = await plans('Office 365 E3');
    expect(within(list).getByRole('switch', { name: 'Exchange Online (Plan 2)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Assign' })).toHaveAttribute('aria-disabled', 'true');
  });
});
