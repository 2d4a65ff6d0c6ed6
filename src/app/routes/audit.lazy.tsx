/** The Audit logs blade's component (`./audit`), loaded when it is first needed. */
import { createLazyRoute } from '@tanstack/react-router';
import { AuditPage } from '../../features/audit/audit-page';

export const auditLazyRoute = createLazyRoute('/audit')({ component: AuditPage });
