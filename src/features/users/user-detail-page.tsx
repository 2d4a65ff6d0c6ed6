/**
 * One user: Profile (usage location), Licenses (products, assignment paths, plans and why) and
 * Audit logs (a slot the app fills, since features do not import each other). The tab is in the URL.
 */
import { Tab, TabList } from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Blade } from '../../components/blade';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { isGraphError } from '../../lib/graph/graph-error';
import { useBreadcrumbLabel } from '../../lib/navigation/breadcrumb-store';
import { LicenseCommands } from './license-commands';
import { useUser } from './use-user';
import { USER_TABS, type UserTab } from './user-search';
import { UserLicensesTab } from './user-licenses-tab';
import { UserProfileTab } from './user-profile-tab';

const route = getRouteApi('/users/$userId');

const TAB_LABELS: Record<UserTab, string> = {
  profile: 'Profile',
  licenses: 'Licenses',
  audit: 'Audit logs',
};

export interface UserDetailPageProps {
  /** The Audit logs tab, filtered to this user (provided by the app). */
  readonly renderAuditTab?: (user: {
    readonly id: string;
    readonly displayName: string;
  }) => ReactNode;
}

export function UserDetailPage({ renderAuditTab }: UserDetailPageProps) {
  const { userId } = route.useParams();
  const { tab = 'profile', product } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useUser(userId);
  const user = query.data;
  useBreadcrumbLabel(user?.displayName);

  return (
    <Blade
      title={user?.displayName ?? 'User'}
      subtitle={user?.userPrincipalName ?? undefined}
      icon={<PersonRegular />}
      commands={
        user && tab === 'licenses' ? (
          <LicenseCommands user={user} openedSkuId={product} />
        ) : undefined
      }
      tabs={
        <TabList
          selectedValue={tab}
          onTabSelect={(_e, d) =>
            void navigate({ search: (prev) => ({ ...prev, tab: d.value as UserTab }) })
          }
        >
          {USER_TABS.map((value) => (
            <Tab key={value} value={value}>
              {TAB_LABELS[value]}
            </Tab>
          ))}
        </TabList>
      }
    >
      {query.isPending ? <Loading label="Loading user" /> : null}
      {query.isError ? (
        <ErrorMessage
          title={
            isGraphError(query.error) && query.error.isNotFound
              ? 'User not found'
              : 'Could not load the user'
          }
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {user && tab === 'profile' ? <UserProfileTab user={user} /> : null}
      {user && tab === 'licenses' ? <UserLicensesTab user={user} openedSkuId={product} /> : null}
      {user && tab === 'audit'
        ? renderAuditTab?.({ id: user.id ?? userId, displayName: user.displayName ?? userId })
        : null}
    </Blade>
  );
}
