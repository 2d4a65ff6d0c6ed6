/**
 * The audit log with its filters, toolbar and details panel. Controlled by `search`, so Audit logs
 * keeps it in the URL and a group's or user's Audit logs tab keeps it in its own state.
 */
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Toolbar,
  ToolbarButton,
  Caption1,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  DismissRegular,
  DocumentBulletListRegular,
} from '@fluentui/react-icons';
import { useMemo } from 'react';
import { useAuditEntries } from '../../api/audit';
import { useRefresh } from '../../api/refresh';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { useT } from '../../lib/i18n/use-t';
import { auditFilter } from './audit-filter';
import { AuditDownloads } from './audit-downloads';
import { AuditEntryDetails } from './audit-entry-details';
import { AuditFilterBar } from './audit-filters';
import { filtersOf, type AuditSearch } from './audit-search';
import { AuditTable } from './audit-table';
import { ProcessingRun } from './processing-run';

export interface AuditLogViewProps {
  readonly search: AuditSearch;
  readonly onSearchChange: (next: AuditSearch, replace: boolean) => void;
}

export function AuditLogView({ search, onSearchChange }: AuditLogViewProps) {
  const filters = useMemo(() => filtersOf(search), [search]);
  const refresh = useRefresh();
  const t = useT();
  const query = useAuditEntries(auditFilter(filters));
  const audits = useMemo(() => query.data?.pages.flatMap((p) => p.items), [query.data]);
  const set = (patch: Partial<AuditSearch>, replace = false) => {
    onSearchChange({ ...search, ...patch }, replace);
  };
  const open = search.entry !== undefined || search.run !== undefined;

  return (
    <>
      <Toolbar aria-label={t('audit.commands')}>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
          {t('common.refresh')}
        </ToolbarButton>
        <AuditDownloads filters={filters} />
      </Toolbar>
      <AuditFilterBar
        filters={filters}
        onChange={(patch, replace) => {
          set({ ...patch, entry: undefined, run: undefined }, replace);
        }}
      />
      <QueryState
        query={query}
        data={audits}
        loading={t('audit.loading')}
        error={t('audit.loadFailed')}
        isEmpty={(entries) => entries.length === 0}
        empty={
          <EmptyState
            icon={<DocumentBulletListRegular />}
            title={t('audit.noMatch')}
            description={t('audit.noMatchHint')}
          />
        }
      >
        {(entries) => (
          <>
            <AuditTable
              audits={entries}
              onOpen={(a) => {
                set({ entry: a.id });
              }}
            />
            <Caption1 role="status">
              {t('audit.loaded', {
                count: entries.length,
                more: query.hasNextPage ? 'yes' : 'no',
              })}
            </Caption1>
            {query.hasNextPage ? (
              <Button
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
                style={{ alignSelf: 'flex-start' }}
              >
                {t(query.isFetchingNextPage ? 'audit.loadingMore' : 'audit.loadMore')}
              </Button>
            ) : null}
          </>
        )}
      </QueryState>
      <OverlayDrawer
        position="end"
        size="large"
        open={open}
        onOpenChange={(_e, data) => {
          if (!data.open) set({ entry: undefined, run: undefined });
        }}
      >
        <DrawerHeader>
          <DrawerHeaderTitle
            action={
              <Button
                appearance="subtle"
                aria-label={t('common.close')}
                icon={<DismissRegular />}
                onClick={() => {
                  set({ entry: undefined, run: undefined });
                }}
              />
            }
          >
            {t(search.entry !== undefined ? 'audit.details' : 'audit.run')}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
          {search.entry !== undefined ? (
            <AuditEntryDetails
              id={search.entry}
              onViewRun={(run) => {
                set({ run, entry: undefined });
              }}
              onOpenEntry={(entry) => {
                set({ entry, run: undefined });
              }}
              {...(search.run !== undefined
                ? {
                    onBackToRun: () => {
                      set({ entry: undefined });
                    },
                  }
                : {})}
            />
          ) : search.run !== undefined ? (
            <ProcessingRun
              correlationId={search.run}
              onOpenEntry={(entry) => {
                set({ entry });
              }}
            />
          ) : null}
        </DrawerBody>
      </OverlayDrawer>
    </>
  );
}
