/**
 * The emulator's routes and its request pipeline, and the MSW handler that hands requests to it:
 * Graph v1.0 (`/v1.0/...`) and the control API (`/_emulator/...`) under any origin, exact prefixes
 * only. The same pipeline serves the browser worker, Vitest's `setupServer` and the HTTP server
 * (which calls it without MSW).
 */
import { http, type HttpHandler } from 'msw';
import type { Emulator } from './graph/emulator';
import { auditRoutes } from './graph/handlers/audit-logs';
import { controlRoutes } from './graph/handlers/control';
import { deltaRoutes } from './graph/handlers/delta';
import { groupLicenseRoutes } from './graph/handlers/group-licenses';
import { groupMemberRoutes } from './graph/handlers/group-members';
import { groupRoutes } from './graph/handlers/groups';
import { previewRoutes } from './graph/handlers/previews';
import { tenantInfoRoutes } from './graph/handlers/tenant-info';
import { userLicenseRoutes } from './graph/handlers/user-licenses';
import { userRoutes } from './graph/handlers/users';
import { createPipeline, type Pipeline } from './graph/pipeline/pipeline';
import type { Route } from './graph/pipeline/route';

/** Every route of the emulator. */
export const ROUTES: readonly Route[] = [
  ...controlRoutes,
  ...deltaRoutes,
  ...userRoutes,
  ...userLicenseRoutes,
  ...groupRoutes,
  ...groupLicenseRoutes,
  ...groupMemberRoutes,
  ...previewRoutes,
  ...tenantInfoRoutes,
  ...auditRoutes,
];

/** The request pipeline of one emulator over every route. */
export function createEmulatorPipeline(emulator: Emulator): Pipeline {
  return createPipeline(emulator, ROUTES);
}

/** The MSW handler of one emulator: its paths go through the pipeline, anything else passes. */
export function createHandlers(emulator: Emulator): HttpHandler[] {
  const pipeline = createEmulatorPipeline(emulator);
  return [
    http.all('*', ({ request }) =>
      pipeline.owns(new URL(request.url)) ? pipeline.handle(request) : undefined,
    ),
  ];
}
