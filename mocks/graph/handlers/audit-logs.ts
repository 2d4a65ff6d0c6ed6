/** `/auditLogs/directoryAudits` and `/auditLogs/directoryAudits/{id}`: newest first by default. */
import { http, type HttpHandler } from 'msw';
import type { DirectoryAudit } from '../audit';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { graphRoute } from '../http';
import { AUDIT_SPEC } from '../resources/audits';
import { entityResponse, listResponse, V1 } from './common';

/** Handlers of the audit log. */
export function auditHandlers(emulator: Emulator): HttpHandler[] {
  return [
    http.get(
      `${V1}/auditLogs/directoryAudits`,
      graphRoute(emulator, {}, (ctx) => {
        // Records written in one instant keep the order they were written in: oldest first when
        // sorting ascending, newest first otherwise (the default, as Graph lists audits).
        const orderby =
          [...ctx.url.searchParams].find(([key]) => key.toLowerCase() === '$orderby')?.[1] ?? '';
        const ascending = orderby !== '' && !/\bdesc\b/i.test(orderby);
        const records: DirectoryAudit[] = ascending
          ? [...ctx.store.audit.all()]
          : [...ctx.store.audit.all()].reverse();
        return listResponse(ctx, records, AUDIT_SPEC, 'auditLogs/directoryAudits', {
          select: true,
          filter: true,
          orderby: true,
          top: true,
          maxTop: 1000,
        });
      }),
    ),
    http.get(
      `${V1}/auditLogs/directoryAudits/:id`,
      graphRoute(emulator, {}, (ctx) => {
        const record = ctx.store.audit.get(ctx.params.id ?? '');
        if (!record) throw graphError.notFound(ctx.params.id ?? '');
        return entityResponse(ctx, record, AUDIT_SPEC, 'auditLogs/directoryAudits');
      }),
    ),
  ];
}
