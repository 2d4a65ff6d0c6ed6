/** The components of the user blades (`./users`), with the audit tab composed in; loaded on demand. */
import { createLazyRoute } from '@tanstack/react-router';
import type { User } from '../../api/types';
import { AuditLogPanel } from '../../features/audit/audit-log-panel';
import { UserDetailPage } from '../../features/users/user-detail-page';
import { UsersPage } from '../../features/users/users-page';

const auditTab = (user: User) => <AuditLogPanel targetId={user.id} targetName={user.displayName} />;

function UserDetailRoute() {
  return <UserDetailPage renderAuditTab={auditTab} />;
}

export const userListLazyRoute = createLazyRoute('/users/')({ component: UsersPage });

export const userDetailLazyRoute = createLazyRoute('/users/$userId')({
  component: UserDetailRoute,
});
