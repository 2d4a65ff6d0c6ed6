/** Everything a screen needs around it: the admin's language, Fluent theme (light/dark from the theme store), TanStack Query, toasts. */
import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { stopProcessingWatches } from '../api/processing';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import { useThemeStore } from '../lib/theme/theme-store';

// Fluent copies the provider's className onto every portal (dialogs, menus, toasts), so the page
// layout lives on an inner element: a full-height class on the provider would make each portal
// cover the page and swallow its clicks.
// Toasts are not part of the first load: the toaster loads right after it, and a toast asked for
// before then waits for it (`../components/toasts`).
const AppToaster = lazy(() =>
  import('../components/toaster').then((m) => ({ default: m.AppToaster })),
);

const useStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function AppProviders({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) {
  const styles = useStyles();
  const theme = useThemeStore((state) => state.theme);
  // Watches of background processing poll Graph; they end with the app.
  useEffect(
    () => () => {
      stopProcessingWatches(queryClient);
    },
    [queryClient],
  );
  return (
    <I18nProvider>
      <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} data-theme={theme}>
        <QueryClientProvider client={queryClient}>
          <div className={styles.page}>{children}</div>
          <Suspense fallback={null}>
            <AppToaster />
          </Suspense>
        </QueryClientProvider>
      </FluentProvider>
    </I18nProvider>
  );
}
