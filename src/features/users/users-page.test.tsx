import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USER_PAGE_SIZE } from '../../api/users';
import { testEmulator } from '../../test/emulator';
import { holdRequests } from '../../test/hold-requests';
import { renderRoute } from '../../test/render-route';
import { E3 } from '../../test/seed';

const bodyRows = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1);
const cellOf = (row: HTMLElement, column: number) =>
  within(row).getAllByRole(column === 0 ? 'rowheader' : 'gridcell')[column === 0 ? 0 : column - 1]
    ?.textContent ?? '';

describe('Users', () => {
  it('lists users with usage location, product names and status, and searches by name as the admin types', async () => {
    const { user, router } = await renderRoute('/users');
    const grid = await screen.findByRole('grid', { name: 'Users' });
    expect(within(grid).getByRole('columnheader', { name: 'Licenses' })).toBeInTheDocument();
    expect(await screen.findByText(/users found/)).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search users by name' }), 'Alex');
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ q: 'Alex' });
    });
    await waitFor(() => {
      const names = bodyRows(screen.getByRole('grid', { name: 'Users' })).map((row) =>
        cellOf(row, 0),
      );
      expect(names.length).toBeGreaterThan(0);
      expect(
        names.every((name) =>
          name.split(' ').some((word) => word.toLowerCase().startsWith('alex')),
        ),
      ).toBe(true);
    });
    expect(screen.getByRole('row', { name: /alex\.wilber@contoso\.com/ })).toBeInTheDocument();
  }, 30_000);

  it('asks Graph at the first key, then, while that read is on its way, once typing pauses: never a read per key', async () => {
    const { user } = await renderRoute('/users');
    await screen.findByText(/users found/);
    const searches = holdRequests('get', '/users');
    try {
      await user.type(screen.getByRole('searchbox', { name: 'Search users by name' }), 'Alex');
      await waitFor(() => {
        expect(searches.urls.map((url) => url.searchParams.get('$search'))).toEqual([
          '"displayName:A"',
          '"displayName:Alex"',
        ]);
      });
      searches.release();
      expect(
        await screen.findByRole('row', { name: /alex\.wilber@contoso\.com/ }),
      ).toBeInTheDocument();
    } finally {
      searches.release();
      testEmulator().server.resetHandlers();
    }
  }, 30_000);

  it('with nothing loading, each key asks Graph at once', async () => {
    const { user } = await renderRoute('/users');
    await screen.findByText(/users found/);
    const box = screen.getByRole('searchbox', { name: 'Search users by name' });
    await user.type(box, 'Ale');
    expect(await screen.findByText(/^\d+ users? found$/)).toBeInTheDocument();
    const searches = holdRequests('get', '/users');
    try {
      await user.type(box, 'x');
      // No timer has run: the read started at the keystroke.
      expect(searches.urls.map((url) => url.searchParams.get('$search'))).toEqual([
        '"displayName:Alex"',
      ]);
    } finally {
      searches.release();
      testEmulator().server.resetHandlers();
    }
  }, 30_000);

  it('keeps the previous rows on screen while the next search loads', async () => {
    const { user } = await renderRoute('/users?q=Alex');
    const grid = await screen.findByRole('grid', { name: 'Users' });
    expect(
      await within(grid).findByRole('row', { name: /alex\.wilber@contoso\.com/ }),
    ).toBeInTheDocument();
    // From the key to the new answer the list never blanks: on every change of the page the rows
    // for "Alex" are there until "Alexx" is answered (no user matches it: the empty state).
    const blanks: string[] = [];
    const observer = new MutationObserver(() => {
      const answered = screen.queryByText('No users match') !== null;
      const previous = screen.queryByRole('row', { name: /alex\.wilber@contoso\.com/ }) !== null;
      if (!answered && !previous) blanks.push(document.body.textContent);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.type(screen.getByRole('searchbox', { name: 'Search users by name' }), 'x');
    await screen.findByText('No users match');
    observer.disconnect();
    expect(blanks).toEqual([]);
  }, 30_000);

  it('filters unlicensed users and users of one product, from the URL', async () => {
    const first = await renderRoute('/users?filter=unlicensed');
    let grid = await screen.findByRole('grid', { name: 'Users' });
    expect(
      bodyRows(grid)
        .map((row) => cellOf(row, 4))
        .filter((status) => !(status === 'No licenses')),
    ).toEqual([]);
    expect(
      bodyRows(grid)
        .map((row) => cellOf(row, 3))
        .filter((licenses) => !(licenses === 'None')),
    ).toEqual([]);

    first.unmount();
    await renderRoute(`/users?sku=${E3}`);
    grid = await screen.findByRole('grid', { name: 'Users' });
    expect(
      bodyRows(grid)
        .map((row) => cellOf(row, 3))
        .filter((licenses) => !licenses.includes('Office 365 E3')),
    ).toEqual([]);
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveTextContent('Office 365 E3');
  }, 30_000);

  it('shows users with licence errors, with the error in words', async () => {
    const { user, router } = await renderRoute('/users');
    await screen.findByRole('grid', { name: 'Users' });
    await user.click(screen.getByRole('combobox', { name: 'Show' }));
    await user.click(await screen.findByRole('option', { name: 'With license errors' }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ filter: 'errors' });
    });
    await waitFor(() => {
      const statuses = bodyRows(screen.getByRole('grid', { name: 'Users' })).map((row) =>
        cellOf(row, 4),
      );
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.filter((status) => !status.startsWith('Error: '))).toEqual([]);
    });
    expect(
      screen.getAllByText(/Error: .*(Not enough licenses|Conflicting service plans)/).length,
    ).toBeGreaterThan(0);
  }, 30_000);

  it('reads a product id in the URL in any letter case, with or without the errors filter', async () => {
    const upper = E3.toUpperCase();
    const errors = await renderRoute(`/users?filter=errors&sku=${upper}`);
    const grid = await screen.findByRole('grid', { name: 'Users' });
    await waitFor(() => {
      expect(bodyRows(grid).length).toBeGreaterThan(0);
    });
    expect(errors.router.state.location.search).toMatchObject({ sku: E3 });
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveTextContent('Office 365 E3');
  }, 30_000);

  it('opens a user from the list', async () => {
    const { user, router } = await renderRoute('/users?q=Alex%20Wilber');
    await user.click(await screen.findByRole('row', { name: /alex\.wilber@contoso\.com/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toMatch(/^\/users\/[0-9a-f-]+$/);
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alex Wilber' }),
    ).toBeInTheDocument();
  }, 30_000);

  it('keeps 100,000 users virtualised: only a window of rows is in the DOM, and scrolling loads the next page', async () => {
    const { user } = await renderRoute('/users', { seed: 'large' });
    const grid = await screen.findByRole('grid', { name: 'Users' }, { timeout: 20_000 });
    expect(
      await screen.findByText(/^100,0\d\d users found$/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(grid).toHaveAttribute('aria-rowcount', String(USER_PAGE_SIZE + 1));
    expect(bodyRows(grid).length).toBeLessThan(40);

    await user.click(screen.getByRole('button', { name: 'Load more users' }));
    await waitFor(() => {
      expect(grid).toHaveAttribute('aria-rowcount', String(2 * USER_PAGE_SIZE + 1));
    });
    expect(bodyRows(grid).length).toBeLessThan(40);

    await user.type(screen.getByRole('searchbox', { name: 'Search users by name' }), 'Zo');
    await waitFor(
      () => {
        expect(screen.getByText(/users found/).textContent).not.toMatch(/^100,0\d\d users/);
      },
      { timeout: 10_000 },
    );
    expect(bodyRows(screen.getByRole('grid', { name: 'Users' })).length).toBeLessThan(40);
  }, 90_000);
});
