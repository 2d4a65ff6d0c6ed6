import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { act } from '@testing-library/react';
import { useGraphWaitsStore } from '../../lib/graph/graph-waits-store';
import { ADMIN, renderRoute } from '../../test/render-route';

describe('the portal shell', () => {
  afterEach(() => {
    testEmulator().server.resetHandlers();
  });

  it('shows the navigation, the blade and who is signed in with which role', async () => {
    await renderRoute('/licenses', { account: ADMIN.license });

    const nav = screen.getByRole('navigation', { name: 'Navigation' });
    for (const name of ['Users', 'Groups', 'Overview', 'All products', 'Audit logs']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Licenses' }),
    );
    // The account menu loads on demand, just after the shell (it is not in the first load).
    expect(
      await screen.findByRole('button', { name: /^Account: .*License Administrator$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('License Administrator')).toBeVisible();
  });

  it('says it is waiting for Microsoft Graph while throttled requests wait, and stops saying it after', async () => {
    await renderRoute('/licenses');
    expect(screen.queryByText(/Waiting for Microsoft Graph/)).not.toBeInTheDocument();

    act(() => {
      useGraphWaitsStore
        .getState()
        .set([{ id: 1, reason: 'throttled', until: Date.now() + 5_000, path: '/users' }]);
    });
    expect(screen.getByText(/^Waiting for Microsoft Graph \([1-5] s\)$/)).toBeVisible();

    act(() => {
      useGraphWaitsStore.getState().set([]);
    });
    expect(screen.queryByText(/Waiting for Microsoft Graph/)).not.toBeInTheDocument();
  });

  it('speaks Dutch once the admin picks Nederlands in the account menu, and remembers it', async () => {
    const { user } = await renderRoute('/licenses', { account: ADMIN.license });
    expect(document.documentElement.lang).toBe('en-US');

    await user.click(screen.getByRole('button', { name: /^Account: / }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Nederlands' }));

    const nav = await screen.findByRole('navigation', { name: 'Navigatie' });
    for (const name of [
      'Gebruikers',
      'Groepen',
      'Overzicht',
      'Alle producten',
      'Controlelogboeken',
    ])
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl-NL');
    expect(JSON.parse(localStorage.getItem('portal.locale') ?? '{}')).toMatchObject({
      state: { chosen: 'nl-NL' },
    });
  });

  it('follows the browser language until the admin chooses one', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['nl-BE', 'en']);
    try {
      await renderRoute('/licenses');
      expect(await screen.findByRole('navigation', { name: 'Navigatie' })).toBeInTheDocument();
    } finally {
      languages.mockRestore();
    }
  });

  it('redirects / to Licenses', async () => {
    const { router } = await renderRoute('/');

    expect(router.state.location.pathname).toBe('/licenses');
    expect(await screen.findByRole('heading', { level: 1, name: 'Licenses' })).toBeInTheDocument();
  });

  it('switches to the dark theme and remembers it', async () => {
    const { user, container } = await renderRoute('/licenses');
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('portal.theme')).toContain('"dark"');
  });

  it('navigates with the left navigation and builds breadcrumbs from the route', async () => {
    const { user, router } = await renderRoute('/licenses');

    await user.click(screen.getByRole('link', { name: 'All products' }));

    expect(router.state.location.pathname).toBe('/licenses/products');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'All products' }),
    ).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Licenses' })).toHaveAttribute(
      'href',
      '/licenses',
    );
    expect(within(breadcrumb).getByText('All products')).toBeInTheDocument();
  });

  it('keeps the product search in the URL and lists matching products from Graph', async () => {
    const { user, router } = await renderRoute('/licenses/products?q=E3');

    const grid = await screen.findByRole('grid', { name: 'Products' });
    const names = within(grid)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => /E3/i.test(name))).toBe(true);

    await user.clear(screen.getByRole('searchbox', { name: 'Search products' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'Visio');
    expect(router.state.location.search).toEqual({ q: 'Visio' });
  });

  it('resets the demo tenant after the admin confirms', async () => {
    const { user } = await renderRoute('/licenses');

    await user.click(screen.getByRole('button', { name: 'Reset demo tenant' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset the demo tenant?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    expect(await screen.findByText('Demo tenant reset')).toBeInTheDocument();
  });

  it('lists the tenant admins with their roles on first start and signs in as the one picked', async () => {
    const { user } = await renderRoute('/licenses', { account: null });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Navigation' })).not.toBeInTheDocument();
    const accounts = await screen.findByRole('list', { name: 'Administrator accounts' });
    expect(within(accounts).getAllByRole('button')).toHaveLength(6);

    await user.click(
      within(accounts).getByRole('button', { name: /Sign in as .*, Global Reader$/ }),
    );

    expect(await screen.findByRole('navigation', { name: 'Navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Account: .*Global Reader$/ })).toBeInTheDocument();
  });

  it('asks for a user name when the emulator cannot list its admins, and says why sign-in failed', async () => {
    testEmulator().server.use(
      http.get('*/_emulator/admins', () => new HttpResponse(null, { status: 404 })),
    );
    const { user } = await renderRoute('/licenses', { account: null });
    const upn = await screen.findByRole('textbox', { name: /Administrator account/ });

    await user.type(upn, 'nobody@contoso.com');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not sign in.*Request_ResourceNotFound/,
    );

    await user.clear(upn);
    await user.type(upn, ADMIN.license);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('button', { name: /^Account: .*License Administrator$/ }),
    ).toBeInTheDocument();
  });
});
