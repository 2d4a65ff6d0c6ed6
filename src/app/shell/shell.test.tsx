import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { act, waitFor } from '@testing-library/react';
import { useGraphWaitsStore } from '../../lib/graph/graph-waits-store';
import { ADMIN, renderRoute } from '../../test/render-route';

/**
 * Records the emulator's answers to Graph (not its control API) from now on: "METHOD url status"
 * for each answer whose status passes `keep`; `stop()` ends the recording and returns the lines.
 */
function graphAnswers(keep: (status: number) => boolean): { stop: () => string[] } {
  const lines: string[] = [];
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    if (request.url.includes('/v1.0/') && keep(response.status))
      lines.push(`${request.method} ${request.url} ${String(response.status)}`);
  };
  const events = testEmulator().server.events;
  events.on('response:mocked', listener);
  return {
    stop: () => {
      events.removeListener('response:mocked', listener);
      return lines;
    },
  };
}

/** Records every Graph request sent from now on ("METHOD url"), answered or abandoned. */
function graphRequests(): { stop: () => string[] } {
  const lines: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.url.includes('/v1.0/')) lines.push(`${request.method} ${request.url}`);
  };
  const events = testEmulator().server.events;
  events.on('request:start', listener);
  return {
    stop: () => {
      events.removeListener('request:start', listener);
      return lines;
    },
  };
}

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

  it('goes by its own name, says it works with Microsoft Entra, and names the blade in the page title', async () => {
    await renderRoute('/licenses');

    const banner = screen.getByText('Seatwise').closest('header');
    expect(banner).toHaveTextContent('works with Microsoft Entra group-based licensing');
    expect(banner).not.toHaveTextContent('Microsoft Entra — Group licensing');
    expect(document.title).toBe('Licenses — Seatwise');
  });

  it('says the admin is on the sandbox, with the tenant’s name, and offers to connect to a tenant', async () => {
    await renderRoute('/licenses', { account: ADMIN.license });

    expect(await screen.findByText(/^Sandbox: .+ \(emulator\)$/)).toBeVisible();
    expect(screen.getByText('Sandbox: Contoso (emulator)')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Connect to a tenant' })).toHaveAttribute(
      'href',
      '/connect',
    );
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

  it('keeps the navigation a controlled component when leaving Licenses for another blade', async () => {
    const errors = vi.spyOn(console, 'error');
    const { user, router } = await renderRoute('/licenses');

    await user.click(screen.getByRole('link', { name: 'Groups' }));
    await screen.findByRole('heading', { level: 1, name: 'Groups' });
    expect(router.state.location.pathname).toBe('/groups');
    expect(document.title).toBe('Groups — Seatwise');

    const uncontrolled = errors.mock.calls.filter((args) =>
      args.some((arg) => String(arg).includes('controlled value to be uncontrolled')),
    );
    errors.mockRestore();
    expect(uncontrolled).toEqual([]);
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

  it('resets to the seed the admin chooses, saying what each holds', async () => {
    const { user } = await renderRoute('/licenses', { account: ADMIN.global });
    await screen.findByRole('list', { name: 'Seats per product' });

    await user.click(screen.getByRole('button', { name: 'Reset demo tenant' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset the demo tenant?' });
    const seeds = within(dialog).getAllByRole('radio');
    expect(seeds.map((radio) => radio.closest('span')?.textContent ?? '')).toHaveLength(3);
    expect(
      within(dialog).getByRole('radio', { name: /^Contoso — About 2,000 users/ }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: /^Empty — / }));
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));

    expect(await screen.findByText('Demo tenant reset')).toBeInTheDocument();
    expect(await screen.findByText('No products yet')).toBeInTheDocument();
  });

  it('lets only a Global Administrator reset, and tells a reader once that the portal is read-only', async () => {
    const { user, router } = await renderRoute('/licenses', { account: ADMIN.globalReader });

    const reset = screen.getByRole('button', { name: 'Reset demo tenant' });
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    expect(reset).toHaveAccessibleDescription(
      'Requires Global Administrator. You are signed in as Global Reader.',
    );
    await user.click(reset);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    const notice = await screen.findByText(
      /you can see everything in this tenant and change nothing/,
    );
    expect(notice).toHaveTextContent('You are signed in as Global Reader');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/change nothing/)).not.toBeInTheDocument();
    await router.navigate({ to: '/groups' });
    await screen.findByRole('heading', { level: 1, name: 'Groups' });
    expect(screen.queryByText(/change nothing/)).not.toBeInTheDocument();
  });

  it('shows no read-only notice to an admin who can change things', async () => {
    await renderRoute('/licenses', { account: ADMIN.license });
    await screen.findByRole('list', { name: 'Seats per product' });
    expect(screen.queryByText(/change nothing/)).not.toBeInTheDocument();
  });

  it('asks Graph nothing with the token a reset revoked: requests wait for the new one', async () => {
    const { user, queryClient } = await renderRoute('/licenses');
    await screen.findByRole('list', { name: 'Seats per product' });
    const refused = graphAnswers((status) => status === 401);

    await user.click(screen.getByRole('button', { name: 'Reset demo tenant' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset the demo tenant?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset' }));
    expect(await screen.findByText('Demo tenant reset')).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Seats per product' });
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });

    expect(refused.stop()).toEqual([]);
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

  it('reads the first blade once after signing in: no request is abandoned and sent again', async () => {
    const { user, queryClient } = await renderRoute('/licenses', { account: null });
    const accounts = await screen.findByRole('list', { name: 'Administrator accounts' });
    const sent = graphRequests();

    await user.click(within(accounts).getByRole('button', { name: /License Administrator$/ }));
    await screen.findByRole('list', { name: 'Seats per product' });
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });

    const reads = sent.stop().filter((line) => line.startsWith('GET '));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((line, i) => reads.indexOf(line) !== i)).toEqual([]);
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
