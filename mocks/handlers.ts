/**
 * Every handler of the emulator: Graph v1.0 under any origin (`*\/v1.0/...`) and the control API
 * (`*\/_emulator/...`). The same list serves the browser worker, Vitest's `setupServer` and the
 * HTTP server.
 */
import { http, type HttpHandler } from 'msw';
import type { Emulator } from './graph/emulator';
import { graphError } from './graph/errors';
import { auditHandlers } from './graph/handlers/audit-logs';
import { controlHandlers } from './graph/handlers/control';
import { groupLicenseHandlers } from './graph/handlers/group-licenses';
import { groupMemberHandlers } from './graph/handlers/group-members';
import { groupHandlers } from './graph/handlers/groups';
import { previewHandlers } from './graph/handlers/previews';
import { tenantInfoHandlers } from './graph/handlers/tenant-info';
import { userLicenseHandlers } from './graph/handlers/user-licenses';
import { userHandlers } from './graph/handlers/users';
import { errorResponse } from './graph/http';

/** All handlers for one emulator, most specific first, then Graph-shaped answers for unknown paths. */
export function createHandlers(emulator: Emulator): HttpHandler[] {
  const unknown = (status: 'segment' | 'control') =>
    http.all(status === 'segment' ? '*/v1.0/*' : '*/_emulator/*', ({ request }) => {
      const url = new URL(request.url);
      const prefix = status === 'segment' ? '/v1.0/' : '/_emulator/';
      const rest = url.pathname.slice(url.pathname.indexOf(prefix) + prefix.length);
      const raw = rest.split('/').find((s) => s.length > 0) ?? rest;
      let segment = raw;
      try {
        segment = decodeURIComponent(raw);
      } catch {
        /* keep the raw segment */
      }
      const error =
        status === 'segment'
          ? graphError.badRequest(`Resource not found for the segment '${segment}'.`)
          : graphError.notFound(url.pathname);
      const requestId = emulator.nextRequestId();
      return errorResponse(
        error,
        { requestId, clientRequestId: request.headers.get('client-request-id') ?? requestId },
        emulator.store.clock.now(),
      );
    });
  return [
    ...controlHandlers(emulator),
    ...userLicenseHandlers(emulator),
    ...userHandlers(emulator),
    ...groupLicenseHandlers(emulator),
    ...groupMemberHandlers(emulator),
    ...previewHandlers(emulator),
    ...groupHandlers(emulator),
    ...tenantInfoHandlers(emulator),
    ...auditHandlers(emulator),
    unknown('segment'),
    unknown('control'),
  ];
}
