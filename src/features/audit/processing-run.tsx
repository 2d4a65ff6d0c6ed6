/**
 * One processing run as a story, in time order: the admin's change that caused it, Start, every
 * user's Change user license, and Finish with its summary. All share one correlation id.
 */
import {
  Badge,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { formatAuditDate, initiatorName, statusLabel, targetNames } from './audit-format';
import { finishSummary } from './license-value';
import { useProcessingRun } from './use-processing-run';

const CHANGE = 'Change user license';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  secondary: { color: tokens.colorNeutralForeground3 },
});

function stepDetail(audit: DirectoryAudit): string | null {
  if (audit.activityDisplayName === 'Finish applying group based license to users') {
    const result = audit.targetResources?.[0]?.modifiedProperties?.find(
      (p) => p.displayName === 'Result',
    );
    return finishSummary(result?.newValue);
  }
  const toProcess = audit.additionalDetails?.find((d) => d.key === 'Users to process')?.value;
  return toProcess ? `Users to process: ${toProcess}` : null;
}

const changeColumns: VirtualTableColumn<DirectoryAudit>[] = [
  { id: 'user', header: 'User', width: 'minmax(180px, 2fr)', cell: (a) => targetNames(a) },
  {
    id: 'status',
    header: 'Status',
    width: '110px',
    cell: (a) => (
      <Badge appearance="tint" color={a.result === 'failure' ? 'danger' : 'success'}>
        {statusLabel(a.result)}
      </Badge>
    ),
  },
  {
    id: 'reason',
    header: 'Status reason',
    width: 'minmax(160px, 3fr)',
    cell: (a) => a.resultReason ?? '',
  },
];

export interface ProcessingRunProps {
  readonly correlationId: string;
  readonly onOpenEntry: (id: string) => void;
}

export function ProcessingRun({ correlationId, onOpenEntry }: ProcessingRunProps) {
  const styles = useStyles();
  const query = useProcessingRun(correlationId);
  if (query.isPending) return <Loading label="Loading processing run" rows={4} />;
  if (query.isError)
    return (
      <ErrorMessage
        title="Could not load the processing run"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const steps = query.data.filter((a) => a.activityDisplayName !== CHANGE);
  const changes = query.data.filter((a) => a.activityDisplayName === CHANGE);
  const failed = changes.filter((a) => a.result === 'failure').length;
  const finished = steps.some(
    (a) => a.activityDisplayName === 'Finish applying group based license to users',
  );

  return (
    <div className={styles.root}>
      <Caption1 className={styles.secondary}>Correlation ID {correlationId}</Caption1>
      {!finished &&
      steps.some((a) => a.activityDisplayName === 'Start applying group based license to users') ? (
        <MessageBar intent="info">
          <MessageBarBody>Processing has not finished yet.</MessageBarBody>
        </MessageBar>
      ) : null}
      <ol className={styles.steps} aria-label="Steps of the processing run">
        {steps.map((a) => {
          const detail = stepDetail(a);
          return (
            <li key={a.id}>
              <Link
                onClick={() => {
                  onOpenEntry(a.id ?? '');
                }}
              >
                {a.activityDisplayName}
              </Link>
              <Caption1 block className={styles.secondary}>
                {formatAuditDate(a.activityDateTime)} · {targetNames(a)} · Initiated by{' '}
                {initiatorName(a)}
              </Caption1>
              {detail ? (
                <Text as="p" block>
                  {detail}
                </Text>
              ) : null}
            </li>
          );
        })}
      </ol>
      <Subtitle2 as="h3">
        Per-user changes ({changes.length.toLocaleString('en-US')}
        {failed > 0 ? `, ${failed.toLocaleString('en-US')} failed` : ''})
      </Subtitle2>
      {changes.length === 0 ? (
        <Caption1>No user's licenses changed in this run.</Caption1>
      ) : (
        <VirtualTable
          label="Per-user changes"
          columns={changeColumns}
          rows={changes}
          getRowId={(a) => a.id ?? ''}
          onRowActivate={(a) => {
            onOpenEntry(a.id ?? '');
          }}
          maxHeight="50vh"
        />
      )}
    </div>
  );
}
