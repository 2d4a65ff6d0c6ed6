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
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { AuditDownloads } from './audit-downloads';
import { AuditEntryDetails } from './audit-entry-details';
import { AuditFilterBar } from './audit-filters';
import { filtersOf, type AuditSearch } from './audit-search';
import { AuditTable } from './audit-table';
import { ProcessingRun } from './processing-run';
import { useDirectoryAudits } from './use-directory-audits';

export interface AuditLogViewProps {
  readonly search: AuditSearch;
  readonly onSearchChange: (next: AuditSearch, replace: boolean) => void;
}

export function AuditLogView({ search, onSearchChange }: AuditLogViewProps) {
  const filters = useMemo(() => filtersOf(search), [search]);
  const query = useDirectoryAudits(filters);
  const audits = useMemo(() => query.data?.pages.flatMap((p) => p.value) ?? [], [query.data]);
  const set = (patch: Partial<AuditSearch>, replace = false) => {
    onSearchChange({ ...search, ...patch }, replace);
  };
  const open = search.entry !== undefined || search.run !== undefined;

  return (
    <>
      <Toolbar aria-label="Audit log commands">
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => void query.refetch()}>
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
      {query.isPending ? <Loading label="Loading audit logs" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load audit logs"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && audits.length === 0 ? (
        <EmptyState
          icon={<DocumentBulletListRegular />}
          title="No audit entries match these filters"
          description="Change or clear the filters to see more."
        />
      ) : null}
      {audits.length > 0 ? (
        <>
          <AuditTable
            audits={audits}
            onOpen={(a) => {
              set({ entry: a.id ?? undefined });
            }}
          />
          <Caption1 role="status">
            {audits.length.toLocaleString('en-US')} {audits.length === 1 ? 'entry' : 'entries'}{' '}
            loaded{query.hasNextPage ? ', more available' : ', no more to load'}
          </Caption1>
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
      ) : null}
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
