/** The root route (the shell around every blade) and `/`, which opens Licenses. */
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, redirect } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { Loading } from '../../components/loading';
import { Shell } from '../shell/shell';
import { useT } from '../../lib/i18n/use-t';

export interface RouterContext {
  readonly queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Shell,
});

export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
    throw redirect({ to: '/licenses', replace: true });
  },
});

function NotFound() {
  const t = useT();
  return <EmptyState title={t('shell.notFound')} description={t('shell.notFoundBody')} />;
}

export function notFoundComponent() {
  return <NotFound />;
}

/** Shown in place of a blade whose data takes more than a second to read. */
export function pendingComponent() {
  return <Loading />;
}
