import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import type { Group, GraphCollection } from '../../lib/graph/graph-types';
import { filter, withQuery } from '../../lib/graph/odata';
import { toGroupId } from '../../lib/ids';
import { renderRoute } from '../../test/render-route';

describe("A group's Audit logs tab", () => {
  it('lists only the entries about that group, with the Target filter visible, and links to Audit logs', async () => {
    const { router, user } = await renderRoute('/audit');
    const groups = await graph.get<GraphCollection<Group>>(
      withQuery('/groups', { filter: filter.eq('displayName', 'Kiosk users'), select: ['id'] }),
    );
    const id = groups.value[0]?.id ?? '';
    await act(() =>
      router.navigate({
        to: '/groups/$groupId',
        params: { groupId: toGroupId(id) },
        search: { tab: 'audit' },
      }),
    );

    expect(await screen.findByRole('textbox', { name: /Target/ })).toHaveValue('Kiosk users');
    const grid = await screen.findByRole('grid', { name: 'Audit logs' });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('Kiosk users');

    await user.click(screen.getByRole('link', { name: 'Open in Audit logs' }));
    expect(router.state.location.pathname).toBe('/audit');
    expect(router.state.location.search).toEqual({ target: 'Kiosk users', targetId: id });
  }, 30_000);
});
