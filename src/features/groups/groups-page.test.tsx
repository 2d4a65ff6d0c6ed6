import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';

const grid = () => screen.findByRole('grid', { name: 'Groups' });

describe('Groups', () => {
  it('lists groups with type, membership type, licences by name and errors', async () => {
    await renderRoute('/groups');
    const table = await grid();
    const e3 = await within(table).findByRole('row', { name: /^E3 base services/ });
    expect(e3).toHaveTextContent('Security');
    expect(e3).toHaveTextContent('Assigned');
    expect(e3).toHaveTextContent('Office 365 E3');
    const ems = within(table).getByRole('row', { name: /^EMS licensed users/ });
    expect(ems).toHaveTextContent('Dynamic');
    expect(within(table).getByRole('row', { name: /^Marketing Team/ })).toHaveTextContent(
      'Microsoft 365',
    );
    expect(
      await within(
        within(table).getByRole('row', { name: /^Audio Conferencing users/ }),
      ).findByText('License errors'),
    ).toBeInTheDocument();
  });

  it('searches by name with the text in the URL', async () => {
    const { user, router } = await renderRoute('/groups');
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'E3');
    const table = await grid();
    await within(table).findByRole('row', { name: /^E3 extended services/ });
    expect(within(table).queryByRole('row', { name: /^Kiosk users/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toEqual({ q: 'E3' });
  });

  it.each([
    ['dynamic', 'EMS licensed users', 'E3 base services'],
    ['microsoft365', 'Marketing Team', 'E3 base services'],
    ['errors', 'Audio Conferencing users', 'E3 extended services'],
    ['licensed', 'Finance - Power BI', 'Finance leadership'],
    ['security', 'Finance leadership', 'Marketing Team'],
  ])('filter=%s shows %s and not %s', async (filterValue, shown, hidden) => {
    await renderRoute(`/groups?filter=${filterValue}`);
    const table = await grid();
    await within(table).findByRole('row', { name: new RegExp(`^${shown}`) });
    expect(
      within(table).queryByRole('row', { name: new RegExp(`^${hidden}`) }),
    ).not.toBeInTheDocument();
  });

  it('picks a filter from the list into the URL and opens a group', async () => {
    const { user, router } = await renderRoute('/groups');
    await grid();
    await user.click(screen.getByRole('combobox', { name: 'Filter groups' }));
    await user.click(await screen.findByRole('option', { name: 'Has license errors' }));
    expect(router.state.location.search).toEqual({ filter: 'errors' });
    await user.click(await within(await grid()).findByRole('row', { name: /^Kiosk users/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kiosk users' }),
    ).toBeInTheDocument();
  });
});
