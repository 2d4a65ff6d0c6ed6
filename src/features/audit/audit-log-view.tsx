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
import { formatCount } from '../../lib/format';
import { auditFilter } from './audit-filter';
import { AuditDownloads } from './audit-downloads';
import { AuditEntryDetails } from './audit-entry-details';
import { AuditFilterBar } from './audit-filters';
import { filtersOf, type AuditSearch } from './audit-search';
import { AuditTable } from './audit-table';
import { ProcessingRun } from './processing-run';

const loadedInWords = (n: number, more: boolean) =>
  `${n === 1 ? '1 entry' : `${formatCount(n)} entries`} loaded${more ? ', more available' : ', no more to load'}`;

export interface AuditLogViewProps {
  readonly search: AuditSearch;
  readonly onSearchChange: (next: AuditSearch, replace: boolean) => void;
}

export function AuditLogView({ search, onSearchChange }: AuditLogViewProps) {
  const filters = useMemo(() => filtersOf(search), [search]);
  const refresh = useRefresh();
  const query = useAuditEntries(auditFilter(filters));
  const audits = useMemo(() => query.data?.pages.flatMap((p) => p.items), [query.data]);
  const set = (patch: Partial<AuditSearch>, replace = false) => {
    onSearchChange({ ...search, ...patch }, replace);
  };
  const open = search.entry !== undefined || search.run !== undefined;

  return (
    <>
      <Toolbar aria-label="Audit log commands">
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
          Refresh
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
        loading="Loading audit logs"
        error="Could not load audit logs"
        isEmpty={(entries) => entries.length === 0}
        empty={
          <EmptyState
            icon={<DocumentBulletListRegular />}
            title="No audit entries match these filters"
            description="Change or clear the filters to see more."
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
            <Caption1 role="status">{loadedInWords(entries.length, query.hasNextPage)}</Caption1>
            {query.hasNextPage ? (
              <Button
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
                style={{ alignSelf: 'flex-start' }}
              >
                {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
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
                aria-label="Close"
                icon={<DismissRegular />}
                onClick={() => {
                  set({ entry: undefined, run: undefined });
                }}
              />
            }
          >
            {search.entry !== undefined ? 'Audit log details' : 'Processing run'}
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
          {search.entry !== undefined ? (
            <AuditEntryDetails
              id={search.entry}
              onViewRun={(run) => {
                set({ run, entry: undefined });
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
