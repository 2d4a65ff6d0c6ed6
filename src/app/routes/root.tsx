/** The root route (the shell around every blade) and `/`, which opens Licenses. */
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, redirect } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import { Loading } from '../../components/loading';
import { Shell } from '../shell/shell';

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

export function notFoundComponent() {
  return (
    <EmptyState
      title="Page not found"
      description="The link may be old, or the object was deleted."
    />
  );
}

/** Shown in place of a blade whose data takes more than a second to read. */
export function pendingComponent() {
  return <Loading label="Loading" />;
}
