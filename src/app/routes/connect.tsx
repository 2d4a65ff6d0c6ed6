/** `/connect`: the shell shows the "Connect to a tenant" page in place of the blades (`shell.tsx`). */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from './root';

export const connectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connect',
  component: () => null,
});
