/**
 * Product → Service plans, "Enabled in" (issue #16 item 8): every plan, bought or new, names the
 * groups assigning the product where it is on (a group's `disabledPlans` is a deny-list).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { skuIdOf } from '../../test/seed';

vi.setConfig({ testTimeout: 30_000 });

const E3 = skuIdOf('ENTERPRISEPACK');

describe('Product → Service plans: the groups each plan is on in', () => {
  it('names, for every original plan, the groups that leave it on, and says so when none does', async () => {
    await renderRoute(`/licenses/products/${E3}?tab=service-plans`);
    const table = await screen.findByRole('table', { name: 'Service plans' });
    expect(within(table).getByRole('columnheader', { name: 'Enabled in groups' })).toBeVisible();
    const row = (technicalName: string) =>
      within(table).getByRole('row', { name: new RegExp(`\\b${technicalName}\\b`) });
    const groupsOf = (technicalName: string) =>
      within(row(technicalName))
        .queryAllByRole('link')
        .map((link) => link.textContent);

    // The seed: E3 base services leaves Exchange, SharePoint, Office and Skype on; E3 extended
    // services SharePoint, Yammer, Stream and Sway; Audio Conferencing users Skype and Teams.
    expect(groupsOf('EXCHANGE_S_ENTERPRISE')).toEqual(['E3 base services']);
    expect(groupsOf('SHAREPOINTENTERPRISE')).toEqual(['E3 base services', 'E3 extended services']);
    expect(groupsOf('TEAMS1')).toEqual(['Audio Conferencing users']);
    expect(groupsOf('MCOSTANDARD')).toEqual(['Audio Conferencing users', 'E3 base services']);
    expect(groupsOf('FORMS_PLAN_E3')).toEqual([]);
    expect(row('FORMS_PLAN_E3')).toHaveTextContent('No group');
  });
});
