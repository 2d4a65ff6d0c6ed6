/** A user's assignment paths name their groups from the first paint: never a "Loading group…" placeholder. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { e3BaseOnlyUser, seededStore } from '../../test/seed';

vi.setConfig({ testTimeout: 30_000 });

describe('User → Licenses: assignment paths', () => {
  it('names the group of an inherited licence as soon as the licences show', async () => {
    const userId = e3BaseOnlyUser(seededStore());
    await renderRoute(`/users/${userId}?tab=licenses`);
    const table = await screen.findByRole('table', { name: 'Licenses' });
    expect(table).not.toHaveTextContent('Loading group');
    expect(within(table).getByText('Inherited (E3 base services)')).toBeInTheDocument();
  });
});
