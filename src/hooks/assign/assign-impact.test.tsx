/**
 * The Assign dialog's impact preview holds still while the admin switches plans: the last preview
 * stays, marked as updating, until the next one arrives (no spinner in between).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { holdPosts } from '../../test/hold-requests';
import { renderRoute } from '../../test/render-route';
import { seededGroupId } from '../../test/seed';

vi.setConfig({ testTimeout: 40_000 });

afterEach(() => {
  testEmulator().server.resetHandlers();
});

describe('Assign dialog: impact preview', () => {
  it('keeps the last preview, marked as updating, while the next one is read after a plan switch', async () => {
    const { user } = await renderRoute(
      `/groups/${seededGroupId('Finance leadership')}?tab=licenses`,
    );
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Assign license to Finance leadership',
    });
    await user.click(within(dialog).getByRole('combobox', { name: 'Product' }));
    await user.click(await screen.findByRole('option', { name: /^Microsoft Fabric \(Free\) — / }));
    const first = await within(dialog).findByRole('group', { name: 'Impact of your changes' });
    const sentence = await within(first).findByText(/users get Microsoft Fabric \(Free\)/);
    const said = sentence.textContent;

    const previews = holdPosts('/groups/:id/previewAssignLicense');
    const plans = within(dialog).getByRole('list', { name: 'Service plans' });
    await user.click(within(plans).getAllByRole('switch')[0] as HTMLElement);

    // The next preview is on its way: the last one is still there, saying it is being updated.
    const preview = within(dialog).getByRole('group', { name: 'Impact of your changes' });
    await waitFor(() => {
      expect(preview).toHaveAttribute('aria-busy', 'true');
    });
    expect(within(preview).getByText(said)).toBeInTheDocument();
    expect(within(preview).getByText('Updating…')).toBeInTheDocument();
    expect(
      within(dialog).queryByText('Calculating the impact of your changes'),
    ).not.toBeInTheDocument();

    previews.release();
    await waitFor(() => {
      expect(preview).toHaveAttribute('aria-busy', 'false');
    });
    expect(within(preview).queryByText('Updating…')).not.toBeInTheDocument();
    expect(preview).toHaveTextContent(/users get Microsoft Fabric \(Free\)/);
  });
});
