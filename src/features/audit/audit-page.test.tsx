import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import type { Group, GraphCollection } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { testEmulator } from '../../test/emulator';
import { ADMIN, renderRoute } from '../../test/render-route';
import { auditEntries } from '../../test/control';

const APP = 'Microsoft Azure AD Group-Based Licensing';
const SET_E3 = '/audit?activity=Set%20group%20license&target=E3%20base';

afterEach(() => {
  testEmulator().server.resetHandlers();
  vi.restoreAllMocks();
});

function bodyRows(grid: HTMLElement) {
  return within(grid).getAllByRole('row').slice(1);
}

describe('Audit logs', { timeout: 60_000 }, () => {
  it('reloads a filtered link to the same filtered view: who set the group license', async () => {
    await renderRoute(SET_E3);

    const grid = await screen.findByRole('grid', { name: 'Audit logs' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Date (UTC)',
      'Service',
      'Category',
      'Activity',
      'Status',
      'Target(s)',
      'Initiated by',
    ]);
    const rows = bodyRows(grid);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent(/Set group license.*E3 base services/);
    expect(rows[0]).toHaveTextContent('license.admin@contoso.onmicrosoft.com');
    expect(screen.getByRole('combobox', { name: 'Activity' })).toHaveTextContent(
      'Set group license',
    );
    expect(screen.getByRole('textbox', { name: /Target/ })).toHaveValue('E3 base');
  }, 30_000);

  it('keeps each filter in the URL as the admin picks it', async () => {
    const { user, router } = await renderRoute('/audit');
    await screen.findByRole('grid', { name: 'Audit logs' });

    await user.click(screen.getByRole('combobox', { name: 'Activity' }));
    await user.click(
      await screen.findByRole('option', { name: 'Finish applying group based license to users' }),
    );
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Success' }));
    await user.type(screen.getByRole('textbox', { name: /Target/ }), 'Kiosk');

    expect(router.state.location.search).toEqual({
      activity: 'Finish applying group based license to users',
      result: 'success',
      target: 'Kiosk',
    });
    // The grid is replaced while the filtered log loads: look it up again each time, and wait
    // for rows (an empty grid would pass 'every row is about Kiosk users' while loading).
    const rows = () => bodyRows(screen.getByRole('grid', { name: 'Audit logs' }));
    await waitFor(() => {
      expect(rows().length).toBeGreaterThan(0);
      expect(rows().every((r) => r.textContent.includes('Kiosk users'))).toBe(true);
    });
    expect(rows()[0]).toHaveTextContent(APP);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toEqual({});
  }, 60_000);

  it('filters by an admin picked in Initiated by, keeps the choice in the URL, and loads every page with Load more', async () => {
    const { user, router } = await renderRoute('/audit');
    await screen.findByRole('grid', { name: 'Audit logs' });
    const initiatedBy = screen.getByRole('combobox', { name: 'Initiated by' });

    await user.click(initiatedBy);
    await user.click(await screen.findByRole('option', { name: ADMIN.groups }));

    expect(router.state.location.search).toEqual({ initiatedBy: ADMIN.groups });
    expect(initiatedBy).toHaveValue(ADMIN.groups);
    // The grid is replaced while the filtered log loads, so it is looked up again each time.
    const initiators = () =>
      bodyRows(screen.getByRole('grid', { name: 'Audit logs' })).map(
        (row) => within(row).getAllByRole('gridcell').at(-1)?.textContent,
      );
    await waitFor(
      () => {
        expect(new Set(initiators())).toEqual(new Set([ADMIN.groups]));
      },
      { timeout: 5000 },
    );
    expect(screen.getByText('100 entries loaded, more available')).toBeVisible();

    const expected = await auditEntries(
      filter.eq('initiatedBy/user/userPrincipalName', ADMIN.groups),
    );
    expect(expected.length).toBeGreaterThan(200);
    for (let loaded = 200; loaded < expected.length; loaded += 100) {
      await user.click(screen.getByRole('button', { name: 'Load more' }));
      expect(
        await screen.findByText(`${String(loaded)} entries loaded, more available`),
      ).toBeVisible();
    }
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(
      await screen.findByText(`${String(expected.length)} entries loaded, no more to load`),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(router.state.location.search).toEqual({ initiatedBy: ADMIN.groups });
  }, 60_000);

  it('filters by the licensing service as Initiated by, and by date range', async () => {
    await renderRoute(
      `/audit?initiatedBy=${encodeURIComponent(APP)}&from=2026-10-02&to=2026-10-02`,
    );

    const grid = await screen.findByRole('grid', { name: 'Audit logs' });
    const rows = bodyRows(grid);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent(new RegExp(`10/2/26, .*${APP}`));
    expect(await screen.findByText('100 entries loaded, more available')).toBeVisible();
  });

  it('opens an entry with readable Modified Properties, then its processing run and a user change in it', async () => {
    const { user, router } = await renderRoute(SET_E3);
    const grid = await screen.findByRole('grid', { name: 'Audit logs' });

    await user.click(bodyRows(grid).at(-1) as HTMLElement);
    const details = await screen.findByRole('dialog', { name: 'Audit log details' });
    expect(router.state.location.search.entry).toMatch(/^Directory_/);
    const props = await within(details).findByRole('table', {
      name: 'Modified Properties of E3 base services',
    });
    expect(within(props).getAllByText('Office 365 E3').length).toBeGreaterThan(0);
    expect(
      within(props).getAllByText(/ENTERPRISEPACK · 6fd2c87f-b296-42f0-b197-1e91e994b900/).length,
    ).toBeGreaterThan(0);
    expect(
      within(details).getByText('license.admin@contoso.onmicrosoft.com', { exact: false }),
    ).toBeVisible();

    await user.click(within(details).getByRole('button', { name: 'View processing run' }));
    const run = await screen.findByRole('dialog', { name: 'Processing run' });
    const steps = await within(run).findByRole('list', { name: 'Steps of the processing run' });
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    [
      'Set group license',
      'Start applying group based license to users',
      'Finish applying group based license to users',
    ].forEach((activity, i) => {
      expect(within(items[i] as HTMLElement).getByRole('button', { name: activity })).toBeVisible();
    });
    expect(
      within(run).getByText(
        /^Users successfully assigned licenses: \d+, Users for whom license assignment failed: \d+\.$/,
      ),
    ).toBeVisible();
    const changes = within(run).getByRole('grid', { name: 'Per-user changes' });

    await user.click(bodyRows(changes)[0] as HTMLElement);
    const userChange = await screen.findByRole('dialog', { name: 'Audit log details' });
    expect(await within(userChange).findByText('Change user license')).toBeVisible();
    expect(within(userChange).getByText(APP, { exact: false })).toBeVisible();
    await user.click(within(userChange).getByRole('button', { name: 'Back to processing run' }));
    expect(await screen.findByRole('dialog', { name: 'Processing run' })).toBeVisible();
  });

  it("shows a new group license change, who made it, and its run's result", async () => {
    const { user } = await renderRoute(
      '/audit?activity=Set%20group%20license&target=E3%20extended',
    );
    const grid = await screen.findByRole('grid', { name: 'Audit logs' });
    const before = bodyRows(grid).length;
    const groups = await graph.get<GraphCollection<Group>>(
      withQuery('/groups', {
        filter: filter.eq('displayName', 'E3 extended services'),
        select: ['id'],
      }),
    );
    await graph.post(`/groups/${groups.value[0]?.id ?? ''}/assignLicense`, {
      addLicenses: [],
      removeLicenses: ['6fd2c87f-b296-42f0-b197-1e91e994b900'],
    });
    await waitForProcessing();

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => {
      expect(bodyRows(grid)).toHaveLength(before + 1);
    });
    expect(bodyRows(grid)[0]).toHaveTextContent(ADMIN.global);

    await user.click(bodyRows(grid)[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'View processing run' }));
    const run = await screen.findByRole('dialog', { name: 'Processing run' });
    expect(
      await within(run).findByText(
        /^Users successfully assigned licenses: \d+, Users for whom license assignment failed: 0\.$/,
      ),
    ).toBeVisible();
    expect(within(run).getByRole('heading', { name: /^Per-user changes \(\d+\)$/ })).toBeVisible();
  }, 30_000);

  it('says which plans a plan toggle turned on or off, on the entry and on each user of its run', async () => {
    const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
    const TEAMS = '57ff2da0-773e-42df-b2af-ffb7a2317929';
    const { user } = await renderRoute(
      '/audit?activity=Set%20group%20license&target=E3%20extended',
    );
    const grid = await screen.findByRole('grid', { name: 'Audit logs' });
    const before = bodyRows(grid).length;
    const groups = await graph.get<
      GraphCollection<Group & { assignedLicenses: { skuId: string; disabledPlans: string[] }[] }>
    >(
      withQuery('/groups', {
        filter: filter.eq('displayName', 'E3 extended services'),
        select: ['id', 'assignedLicenses'],
      }),
    );
    const group = groups.value[0];
    const disabled = group?.assignedLicenses.find((l) => l.skuId === E3)?.disabledPlans ?? [];
    // The example: 32 disabled plans -> 31, which the raw values leave the admin to work out.
    expect(disabled).toContain(TEAMS);
    await graph.post(`/groups/${group?.id ?? ''}/assignLicense`, {
      addLicenses: [{ skuId: E3, disabledPlans: disabled.filter((id) => id !== TEAMS) }],
      removeLicenses: [],
    });
    await waitForProcessing();

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => {
      expect(bodyRows(grid)).toHaveLength(before + 1);
    });
    await user.click(bodyRows(grid)[0] as HTMLElement);
    const details = await screen.findByRole('dialog', { name: 'Audit log details' });
    const changed = await within(details).findByRole('list', { name: 'What changed' });
    expect(
      within(changed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Office 365 E3: Microsoft Teams turned on']);

    await user.click(within(details).getByRole('button', { name: 'View processing run' }));
    const run = await screen.findByRole('dialog', { name: 'Processing run' });
    const changes = await within(run).findByRole('grid', { name: 'Per-user changes' });
    // Each user's row says what changed for that user: Teams, or nothing for a user who holds
    // Teams through another assignment too (their licenses in effect did not move).
    const said = bodyRows(changes).map(
      (row) => row.querySelectorAll('[role="gridcell"]')[0]?.textContent,
    );
    expect(said).toContain('Office 365 E3: Microsoft Teams turned on');
    expect(new Set(said)).toEqual(
      new Set(['Office 365 E3: Microsoft Teams turned on', 'Licenses in effect unchanged']),
    );
  }, 30_000);

  it('shows the Graph error text when the log cannot be read', async () => {
    testEmulator().server.use(
      http.get('*/v1.0/auditLogs/directoryAudits', () =>
        HttpResponse.json(
          {
            error: {
              code: 'Authorization_RequestDenied',
              message: 'Insufficient privileges to complete the operation.',
            },
          },
          { status: 403 },
        ),
      ),
    );
    await renderRoute('/audit', { account: ADMIN.globalReader });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load audit logs');
    expect(alert).toHaveTextContent('Insufficient privileges to complete the operation.');
  });
});
