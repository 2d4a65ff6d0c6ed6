/**
 * Renders the real portal — real router, real providers — at a URL, against the Graph emulator,
 * signed in as a seeded admin:
 *
 *   const { user, findByRole } = await renderRoute('/licenses/products', { account: ADMIN.license });
 *   await user.click(await findByRole('row', { name: /Office 365 E3/ }));
 *
 * Each call resets the tenant to its seed and clears localStorage, stores and query cache.
 */
import { act, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from '../app/providers';
import { createAppQueryClient } from '../app/query-client';
import { createAppRouter } from '../app/router';
import { prepareLanguage } from '../lib/i18n/catalog';
import { currentLocale, useLocaleStore } from '../lib/i18n/locale-store';
import type { Locale } from '../lib/i18n/locales';
import { useSessionStore } from '../lib/session/session-store';
import { signInAs } from '../lib/session/sign-in';
import { useThemeStore, type ThemeName } from '../lib/theme/theme-store';
import { ADMIN, resetTestTenant, testEmulator, type SeedName } from './emulator';

export interface RenderRouteOptions {
  /** The admin to sign in as (a UPN, see `ADMIN`); null shows the sign-in page. Default: Global Administrator. */
  readonly account?: string | null;
  readonly seed?: SeedName;
  readonly theme?: ThemeName;
  /** The language the admin chose; default: none chosen (the browser's language decides). */
  readonly locale?: Locale;
}

export interface RenderRouteResult extends RenderResult {
  readonly user: UserEvent;
  readonly router: ReturnType<typeof createAppRouter>;
  readonly queryClient: QueryClient;
  readonly emulator: ReturnType<typeof testEmulator>['emulator'];
}

export async function renderRoute(
  path: string,
  options: RenderRouteOptions = {},
): Promise<RenderRouteResult> {
  const { emulator } = testEmulator();
  resetTestTenant(options.seed ?? 'default');
  localStorage.clear();
  useSessionStore.setState({ account: null, recentAccounts: [] });
  useThemeStore.setState({ theme: options.theme ?? 'light' });
  useLocaleStore.setState({ chosen: options.locale ?? null });
  const account = options.account === undefined ? ADMIN.global : options.account;
  if (account !== null) await signInAs(account);

  const queryClient = createAppQueryClient({ test: true });
  const router = createAppRouter({
    queryClient,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const user = userEvent.setup();
  // The language's first-load words, as the page has them before it shows anything in it.
  await prepareLanguage(currentLocale());
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  await act(() => router.load());
  return { ...view, user, router, queryClient, emulator };
}

export { ADMIN };
