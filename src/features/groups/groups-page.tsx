/** Groups: search (`?q=`), a filter (`?filter=`), name, type, membership type, licences and errors. */
import {
  Badge,
  Dropdown,
  Option,
  SearchBox,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PeopleTeamRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { Group } from '../../lib/graph/graph-types';
import { groupTypeLabel, membershipTypeLabel, productName } from './group-names';
import { GROUP_FILTERS, type GroupFilter } from './group-search';
import { useGroups, useGroupsWithErrors } from './use-groups';
import { useSubscribedSkus } from './use-subscribed-skus';

const route = getRouteApi('/groups/');

const FILTER_LABELS: Record<GroupFilter | 'all', string> = {
  all: 'All groups',
  security: 'Security',
  microsoft365: 'Microsoft 365',
  dynamic: 'Dynamic',
  licensed: 'Licensed',
  errors: 'Has license errors',
};

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

export interface GroupsPageProps {
  /** More commands for the toolbar (composed in the route: "New dynamic group"). */
  readonly toolbarExtras?: ReactNode;
}

export function GroupsPage({ toolbarExtras }: GroupsPageProps) {
  const styles = useStyles();
  const { q = '', filter } = route.useSearch();
  const navigate = route.useNavigate();
  const skus = useSubscribedSkus();
  const skuIds = useMemo(() => (skus.data ?? []).map((s) => s.skuId ?? ''), [skus.data]);
  const needsSkus = filter === 'licensed';
  const query = useGroups(
    { q, filter, skuIds: needsSkus ? skuIds : [] },
    !needsSkus || skus.isSuccess,
  );
  const withErrors = useGroupsWithErrors();

  const columns = useMemo<VirtualTableColumn<Group>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        width: 'minmax(170px, 3fr)',
        cell: (g) => g.displayName ?? g.id ?? '',
      },
      { id: 'type', header: 'Type', width: 'minmax(120px, 1fr)', cell: groupTypeLabel },
      {
        id: 'membership',
        header: 'Membership type',
        width: 'minmax(140px, 1fr)',
        cell: membershipTypeLabel,
      },
      {
        id: 'licenses',
        header: 'Licenses',
        width: 'minmax(150px, 3fr)',
        cell: (g) =>
          (g.assignedLicenses ?? []).map((l) => productName(l.skuId ?? '', skus.data)).join(', ') ||
          '—',
      },
      {
        id: 'errors',
        header: 'Errors',
        width: 'minmax(124px, 1fr)',
        cell: (g) =>
          withErrors.data?.has(g.id ?? '') ? (
            <Badge color="danger" appearance="tint">
              License errors
            </Badge>
          ) : (
            '—'
          ),
      },
    ],
    [skus.data, withErrors.data],
  );

  const rows = query.data ?? [];
  return (
    <Blade
      title="Groups"
      subtitle="All groups"
      icon={<PeopleTeamRegular />}
      commands={
        <Toolbar aria-label="Group commands">
          {toolbarExtras}
          <ToolbarButton
            icon={<ArrowClockwiseRegular />}
            onClick={() => void Promise.all([query.refetch(), withErrors.refetch()])}
          >
            Refresh
          </ToolbarButton>
        </Toolbar>
      }
    >
      <div className={styles.bar}>
        <SearchBox
          aria-label="Search groups"
          placeholder="Search groups by name"
          value={q}
          onChange={(_event, data) =>
            void navigate({
              search: (prev) => ({ ...prev, q: data.value || undefined }),
              replace: true,
            })
          }
          style={{ minWidth: 300 }}
        />
        <Dropdown
          aria-label="Filter groups"
          value={FILTER_LABELS[filter ?? 'all']}
          selectedOptions={[filter ?? 'all']}
          onOptionSelect={(_event, data) => {
            const value =
              data.optionValue === 'all' ? undefined : (data.optionValue as GroupFilter);
            void navigate({ search: (prev) => ({ ...prev, filter: value }) });
          }}
        >
          {(['all', ...GROUP_FILTERS] as const).map((value) => (
            <Option key={value} value={value}>
              {FILTER_LABELS[value]}
            </Option>
          ))}
        </Dropdown>
      </div>
      {query.isPending ? <Loading label="Loading groups" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load groups"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && rows.length === 0 ? (
        <EmptyState
          title="No groups match"
          description={
            q || filter
              ? 'Try another name or filter.'
              : 'Groups appear here once they are created.'
          }
        />
      ) : null}
      {query.isSuccess && rows.length > 0 ? (
        <VirtualTable
          label="Groups"
          columns={columns}
          rows={rows}
          getRowId={(g) => g.id ?? ''}
          onRowActivate={(g) =>
            void navigate({ to: '/groups/$groupId', params: { groupId: g.id ?? '' }, search: {} })
          }
        />
      ) : null}
    </Blade>
  );
}
