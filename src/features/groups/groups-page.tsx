/**
 * Groups: search (`?q=`), a filter (`?filter=`), name, type, membership type, licences and errors,
 * by name A to Z or Z to A (`?order=desc`).
 *
 * The portal sorts this list, not Graph: the blade reads every group anyway (no paging), and Graph
 * cannot sort the groups in licence error (`hasMembersWithLicenseErrors` is a standard-query
 * filter, while `$filter` with `$orderby` is advanced-only).
 */
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
import { useGroups, useGroupsWithLicenseErrors } from '../../api/groups';
import { useMemberCounts } from '../../api/member-counts';
import { useRefresh } from '../../api/refresh';
import type { Group } from '../../api/types';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { sortRows } from '../../lib/sort-rows';
import { productName } from '../../lib/licensing/names';
import {
  groupTypeInWords,
  membershipTypeInWords,
  processingInWords,
} from '../../lib/licensing/words';
import { GROUP_FILTER_LABELS, GROUP_FILTERS, type GroupFilter } from './group-search';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/groups/');

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

export interface GroupsPageProps {
  /** More commands for the toolbar (composed in the route: "New dynamic group"). */
  readonly toolbarExtras?: ReactNode;
}

export function GroupsPage({ toolbarExtras }: GroupsPageProps) {
  const styles = useStyles();
  const { q = '', filter, order } = route.useSearch();
  const navigate = route.useNavigate();
  const refresh = useRefresh();
  const t = useT();
  const query = useGroups({ search: q, filter });
  const withErrors = useGroupsWithLicenseErrors();
  const counts = useMemberCounts(query.data?.map((g) => g.id) ?? []);
  const columns = useMemo<VirtualTableColumn<Group>[]>(() => {
    const inError = new Set(withErrors.data?.map((g) => g.id));
    const memberCount = (g: Group) => {
      const count = counts.data?.get(g.id);
      return count === undefined ? '' : t('groups.memberCount', { count });
    };
    return [
      {
        id: 'name',
        header: t('groups.col.name'),
        width: 'minmax(170px, 2fr)',
        sortable: true,
        cell: (g) => g.displayName,
      },
      {
        id: 'type',
        header: t('groups.col.type'),
        width: 'minmax(120px, 1fr)',
        cell: (g) => groupTypeInWords(t, g),
      },
      {
        id: 'membership',
        header: t('groups.col.membership'),
        width: 'minmax(140px, 1fr)',
        cell: (g) => membershipTypeInWords(t, g),
      },
      {
        id: 'members',
        header: t('groups.col.members'),
        width: 'minmax(80px, 1fr)',
        cell: memberCount,
      },
      {
        id: 'licenses',
        header: t('groups.col.licenses'),
        width: 'minmax(150px, 2fr)',
        cell: (g) => g.licenses.map((l) => productName(l.skuId)).join(', ') || t('common.none'),
      },
      {
        id: 'processing',
        header: t('groups.col.processing'),
        width: 'minmax(220px, 2fr)',
        cell: (g) =>
          processingInWords(
            t,
            g.licenses.length > 0 ? g.processingState : null,
            g.processingProgress,
          ),
      },
      {
        id: 'errors',
        header: t('groups.col.errors'),
        width: 'minmax(124px, 1fr)',
        cell: (g) =>
          inError.has(g.id) ? (
            <Badge color="danger" appearance="tint">
              {t('groups.licenseErrors')}
            </Badge>
          ) : (
            t('common.none')
          ),
      },
    ];
  }, [withErrors.data, counts.data, t]);
  const sorted = useMemo(
    () => query.data && sortRows(query.data, (g) => g.displayName, order === 'desc'),
    [query.data, order],
  );
  return (
    <Blade
      title={t('groups.title')}
      subtitle={t('groups.subtitle')}
      icon={<PeopleTeamRegular />}
      commands={
        <Toolbar aria-label={t('groups.commands')}>
          {toolbarExtras}
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
        </Toolbar>
      }
    >
      <div className={styles.bar}>
        <SearchBox
          aria-label={t('groups.search')}
          placeholder={t('groups.searchPlaceholder')}
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
          aria-label={t('groups.filterLabel')}
          value={t(GROUP_FILTER_LABELS[filter ?? 'all'])}
          selectedOptions={[filter ?? 'all']}
          onOptionSelect={(_event, data) => {
            const value: GroupFilter | undefined = GROUP_FILTERS.find(
              (f) => f === data.optionValue,
            );
            void navigate({ search: (prev) => ({ ...prev, filter: value }) });
          }}
        >
          {(['all', ...GROUP_FILTERS] as const).map((value) => (
            <Option key={value} value={value}>
              {t(GROUP_FILTER_LABELS[value])}
            </Option>
          ))}
        </Dropdown>
      </div>
      <QueryState
        query={query}
        data={sorted}
        loading={t('groups.loading')}
        error={t('groups.loadFailed')}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            title={t('groups.noMatch')}
            description={t(q || filter ? 'groups.noMatchFiltered' : 'groups.noGroups')}
          />
        }
      >
        {(rows) => (
          <VirtualTable
            label={t('groups.title')}
            columns={columns}
            rows={rows}
            getRowId={(g) => g.id}
            sort={{ columnId: 'name', direction: order === 'desc' ? 'descending' : 'ascending' }}
            onSortChange={(next) =>
              void navigate({
                search: (prev) => ({
                  ...prev,
                  order: next.direction === 'descending' ? 'desc' : undefined,
                }),
              })
            }
            onRowActivate={(g) =>
              void navigate({ to: '/groups/$groupId', params: { groupId: g.id }, search: {} })
            }
          />
        )}
      </QueryState>
    </Blade>
  );
}
