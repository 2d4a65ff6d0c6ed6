/**
 * One user: Profile (usage location), Licenses (products, assignment paths, plans and why) and
 * Audit logs (a slot the app fills, since features do not import each other). The tab is in the URL.
 * The blade has no command bar of its own: the licence commands belong to the Licenses tab and sit
 * inside its panel, so opening that tab never pushes the tab strip down (issue #16 item 9).
 */
import { PersonRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { User } from '../../api/types';
import { useUser } from '../../api/users';
import { Blade } from '../../components/blade';
import { BladeTabs } from '../../components/blade-tabs';
import { QueryState } from '../../components/query-state';
import { isGraphError } from '../../lib/graph/graph-error';
import { USER_TAB_LABELS, USER_TABS } from './user-search';
import { UserLicensesTab } from './user-licenses-tab';
import { UserProfileTab } from './user-profile-tab';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/$userId');

export interface UserDetailPageProps {
  /** The Audit logs tab, filtered to this user (provided by the app). */
  readonly renderAuditTab?: (user: User) => ReactNode;
}

export function UserDetailPage({ renderAuditTab }: UserDetailPageProps) {
  const t = useT();
  const { userId } = route.useParams();
  const { tab = 'profile', product } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useUser(userId);
  const user = query.data;
  const notFound = isGraphError(query.error) && query.error.isNotFound;
  return (
    <Blade
      title={user?.displayName ?? t('users.user')}
      subtitle={user?.userPrincipalName}
      icon={<PersonRegular />}
      tabs={
        <BladeTabs
          tabs={USER_TABS}
          labels={USER_TAB_LABELS}
          selected={tab}
          onSelect={(next) => void navigate({ search: (prev) => ({ ...prev, tab: next }) })}
        />
      }
    >
      <QueryState
        query={query}
        data={query.data}
        loading={t('users.loadingUser')}
        error={t(notFound ? 'users.notFound' : 'users.loadUserFailed')}
      >
        {(loaded) => (
          <>
            {tab === 'profile' ? <UserProfileTab user={loaded} /> : null}
            {tab === 'licenses' ? <UserLicensesTab user={loaded} openedSkuId={product} /> : null}
            {tab === 'audit' ? renderAuditTab?.(loaded) : null}
          </>
        )}
      </QueryState>
    </Blade>
  );
}
