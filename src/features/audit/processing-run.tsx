/**
 * One processing run as a story, in time order: the admin's change that caused it, Start, every
 * user's Change user license, and Finish with its summary. All share one correlation id.
 */
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useProcessingRun } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { formatCount } from '../../lib/format';
import { formatAuditDate, initiatorName, targetNames } from './audit-format';
import { StatusBadge } from './audit-table';
import { LicenseChangeLine } from './license-change-summary';
import { finishSummary } from './license-value';

const CHANGE = 'Change user license';
const START = 'Start applying group based license to users';
const FINISH = 'Finish applying group based license to users';

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

function stepDetail(audit: AuditEntry): string | null {
  if (audit.activityDisplayName === FINISH) {
    const result = audit.targets[0]?.modifiedProperties.find((p) => p.name === 'Result');
    return finishSummary(result?.newValue);
  }
  const toProcess = audit.additionalDetails.find((d) => d.key === 'Users to process')?.value;
  return toProcess ? `Users to process: ${toProcess}` : null;
}

const stepLine = (audit: AuditEntry) =>
  `${formatAuditDate(audit.activityDateTime)} · ${targetNames(audit)} · Initiated by ${initiatorName(audit)}`;

const changesHeading = (changes: number, failed: number) =>
  failed > 0
    ? `Per-user changes (${formatCount(changes)}, ${formatCount(failed)} failed)`
    : `Per-user changes (${formatCount(changes)})`;

const changeColumns: VirtualTableColumn<AuditEntry>[] = [
  { id: 'user', header: 'User', width: 'minmax(180px, 2fr)', cell: targetNames },
  {
    id: 'change',
    header: 'What changed',
    width: 'minmax(200px, 3fr)',
    cell: (a) => <LicenseChangeLine audit={a} />,
  },
  {
    id: 'status',
    header: 'Status',
    width: '110px',
    cell: (a) => <StatusBadge result={a.result} />,
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

function Run({
  records,
  correlationId,
  onOpenEntry,
}: ProcessingRunProps & { records: readonly AuditEntry[] }) {
  const styles = useStyles();
  const steps = records.filter((a) => a.activityDisplayName !== CHANGE);
  const changes = records.filter((a) => a.activityDisplayName === CHANGE);
  const failed = changes.filter((a) => a.result === 'failure').length;
  const started = steps.some((a) => a.activityDisplayName === START);
  const finished = steps.some((a) => a.activityDisplayName === FINISH);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.secondary}>{`Correlation ID ${correlationId}`}</Caption1>
      {started && !finished ? (
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
                  onOpenEntry(a.id);
                }}
              >
                {a.activityDisplayName}
              </Link>
              <Caption1 block className={styles.secondary}>
                {stepLine(a)}
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
      <Subtitle2 as="h3">{changesHeading(changes.length, failed)}</Subtitle2>
      {changes.length === 0 ? (
        <Caption1>No user&apos;s licenses changed in this run.</Caption1>
      ) : (
        <VirtualTable
          label="Per-user changes"
          columns={changeColumns}
          rows={changes}
          getRowId={(a) => a.id}
          onRowActivate={(a) => {
            onOpenEntry(a.id);
          }}
          maxHeight="50vh"
        />
      )}
    </div>
  );
}

export function ProcessingRun({ correlationId, onOpenEntry }: ProcessingRunProps) {
  const query = useProcessingRun(correlationId);
  return (
    <QueryState
      query={query}
      data={query.data}
      loading="Loading processing run"
      error="Could not load the processing run"
      rows={4}
    >
      {(records) => (
        <Run records={records} correlationId={correlationId} onOpenEntry={onOpenEntry} />
      )}
    </QueryState>
  );
}
