/** The `$filter` of `GET /auditLogs/directoryAudits` for the filters an admin chose. */
import { filter, property, quote } from '../../lib/graph/odata';
import { LICENSING_APP_NAME, type AuditFilters } from './audit-search';

/** `targetResources/any(x:startswith(x/displayName,'…'))`: `filter.any` only builds `eq`. */
function targetStartsWith(name: string): string {
  return `${property('targetResources')}/any(x:startswith(x/${property('displayName')},${quote(name)}))`;
}

export function auditFilter(filters: AuditFilters): string {
  const initiatedBy = filters.initiatedBy?.trim();
  const target = filters.target?.trim();
  return filter.and(
    filters.activity ? filter.eq('activityDisplayName', filters.activity) : undefined,
    filters.targetId
      ? filter.any('targetResources', 'id', filters.targetId)
      : target
        ? targetStartsWith(target)
        : undefined,
    initiatedBy
      ? initiatedBy === LICENSING_APP_NAME
        ? filter.eq('initiatedBy/app/displayName', initiatedBy)
        : filter.eq('initiatedBy/user/userPrincipalName', initiatedBy)
      : undefined,
    filters.category ? filter.eq('category', filters.category) : undefined,
    filters.result ? filter.eq('result', filters.result) : undefined,
    filters.from ? filter.dateGe('activityDateTime', `${filters.from}T00:00:00Z`) : undefined,
    filters.to ? filter.dateLe('activityDateTime', `${filters.to}T23:59:59Z`) : undefined,
  );
}
