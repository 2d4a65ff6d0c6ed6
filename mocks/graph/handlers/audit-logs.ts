/** `/auditLogs/directoryAudits` and `/auditLogs/directoryAudits/{id}`: newest first by default. */
import type { DirectoryAudit } from '../audit';
import { graphError } from '../errors';
import { graphRoute, type Route } from '../pipeline/route';
import { AUDIT_SPEC } from '../resources/audits';
import { entityResponse, listQuery, listResponse, selectQuery } from './common';

/** Routes of the audit log. */
export const auditRoutes: readonly Route[] = [
  graphRoute({
    method: 'GET',
    path: '/auditLogs/directoryAudits',
    query: listQuery(AUDIT_SPEC, {
      select: true,
      filter: true,
      orderby: true,
      top: true,
      maxTop: 1000,
    }),
    respond: (ctx) => {
      // Records written in one instant keep the order they were written in: oldest first when
      // sorting ascending, newest first otherwise (the default, as Graph lists audits).
      const ascending =
        ctx.query.orderby.length > 0 && ctx.query.orderby.every((o) => !o.descending);
      const records: DirectoryAudit[] = ascending
        ? [...ctx.store.audit.all()]
        : [...ctx.store.audit.all()].reverse();
      return listResponse(ctx, records, AUDIT_SPEC, 'auditLogs/directoryAudits', ctx.query);
    },
  }),
  graphRoute({
    method: 'GET',
    path: '/auditLogs/directoryAudits/:id',
    query: selectQuery(AUDIT_SPEC),
    respond: (ctx) => {
      const record = ctx.store.audit.get(ctx.params.id ?? '');
      if (!record) throw graphError.notFound(ctx.params.id ?? '');
      return entityResponse(ctx, record, AUDIT_SPEC, 'auditLogs/directoryAudits', ctx.query);
    },
  }),
];
