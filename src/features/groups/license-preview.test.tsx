/** The Licenses tab's impact preview and Save confirmation tell the truth: gains too, and totals. */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { holdPosts, holdRequests } from '../../test/hold-requests';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 40_000 });

afterEach(() => {
  testEmulator().server.resetHandlers();
});

const plans = (product: string) =>
  screen.findByRole('list', { name: `Service plans of ${product}` });

describe('Group Licenses: impact preview', () => {
  it('turning a plan on previews who gains it', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await plans('Office 365 E3');
    const yammer = within(list).getByRole('switch', { name: 'Yammer Enterprise' });
    expect(yammer).not.toBeChecked();
    await user.click(yammer);
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);
    expect(preview).not.toHaveTextContent('No member gains or loses anything');
  });

  it('the Save confirmation states the same total as the preview, not the size of a page', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await plans('Office 365 E3');
    await user.click(within(list).getByRole('switch', { name: 'Exchange Online (Plan 2)' }));
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    const sentence = await within(preview).findByText(
      /^[\d,]+ users lose Exchange Online \(Plan 2\)/,
    );
    const total = /^([\d,]+) users/.exec(sentence.textContent)?.[1] ?? '';
    expect(Number(total.replaceAll(',', ''))).toBeGreaterThan(500);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save license changes' });
    expect(dialog).toHaveTextContent(new RegExp(`^Save license changes${total} users lose`));
  });

  it('keeps the last preview in place, marked as updating, while the next toggle is previewed', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await plans('Office 365 E3');
    await user.click(within(list).getByRole('switch', { name: 'Yammer Enterprise' }));
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    const gain = await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);

    const previews = holdPosts('/groups/:id/previewAssignLicense');
    await user.click(within(list).getByRole('switch', { name: 'Sway' }));
    await waitFor(() => {
      expect(preview).toHaveAttribute('aria-busy', 'true');
    });
    expect(preview).toBeInTheDocument();
    expect(gain).toBeInTheDocument();
    expect(within(preview).getByText('Updating…')).toBeInTheDocument();
    expect(screen.queryByText('Calculating the impact of your changes')).not.toBeInTheDocument();

    previews.release();
    await waitFor(() => {
      expect(preview).toHaveAttribute('aria-busy', 'false');
    });
    expect(within(preview).getByText(/^[\d,]+ users gain Yammer Enterprise/)).toBeInTheDocument();
  });

  it('a Save does not preview the change it saved again', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await plans('Office 365 E3');
    // Held, then let through at once: a record of every preview asked for.
    const previews = holdRequests('post', '/groups/:id/previewAssignLicense');
    previews.release();
    await user.click(within(list).getByRole('switch', { name: 'Yammer Enterprise' }));
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);
    expect(previews.urls).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The toast follows the refresh of everything the change touched.
    expect(
      await screen.findByText("E3 base services's members are being processed."),
    ).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Impact of your changes' })).not.toBeInTheDocument();
    expect(previews.urls).toHaveLength(1);
  });
});
