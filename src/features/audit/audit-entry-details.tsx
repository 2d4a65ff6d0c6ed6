/** The details of one audit entry: every field, the targets and their Modified Properties. */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, FlowRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { formatAuditDate, statusLabel } from './audit-format';
import { RUN_ACTIVITIES } from './audit-search';
import { ModifiedProperties } from './modified-properties';
import { useDirectoryAudit } from './use-directory-audit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, auto) 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  definition: { margin: 0, wordBreak: 'break-word' },
  secondary: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function Fields({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.fields}>
      {items
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Initiator({ audit }: { audit: DirectoryAudit }) {
  const styles = useStyles();
  const user = audit.initiatedBy?.user;
  if (user) {
    return (
      <>
        {user.displayName ?? user.userPrincipalName}
        <Caption1 block className={styles.secondary}>
          {[user.userPrincipalName, user.id, user.ipAddress && `IP ${user.ipAddress}`]
            .filter(Boolean)
            .join(' · ')}
        </Caption1>
      </>
    );
  }
  return (
    <>
      {audit.initiatedBy?.app?.displayName ?? 'Unknown'}{' '}
      <Caption1 className={styles.secondary}>(app)</Caption1>
    </>
  );
}

export interface AuditEntryDetailsProps {
  readonly id: string;
  readonly onViewRun: (correlationId: string) => void;
  /** Shown when the entry was opened from a processing run. */
  readonly onBackToRun?: () => void;
}

export function AuditEntryDetails({ id, onViewRun, onBackToRun }: AuditEntryDetailsProps) {
  const styles = useStyles();
  const query = useDirectoryAudit(id);
  if (query.isPending) return <Loading label="Loading audit entry" rows={4} />;
  if (query.isError)
    return (
      <ErrorMessage
        title="Could not load the audit entry"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const audit = query.data;
  const inRun = RUN_ACTIVITIES.includes(audit.activityDisplayName ?? '') && audit.correlationId;

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {onBackToRun ? (
          <Button icon={<ArrowLeftRegular />} onClick={onBackToRun}>
            Back to processing run
          </Button>
        ) : null}
        {inRun && !onBackToRun ? (
          <Button
            appearance="primary"
            icon={<FlowRegular />}
            onClick={() => {
              onViewRun(audit.correlationId ?? '');
            }}
          >
            View processing run
          </Button>
        ) : null}
      </div>
      <Fields
        items={[
          ['Activity', audit.activityDisplayName],
          ['Date', formatAuditDate(audit.activityDateTime)],
          ['Service', audit.loggedByService],
          ['Category', audit.category],
          ['Activity type', audit.operationType],
          ['Status', statusLabel(audit.result)],
          ['Status reason', audit.resultReason],
          ['Initiated by', <Initiator key="i" audit={audit} />],
          ['Correlation ID', audit.correlationId],
          ['Entry ID', audit.id],
          ...(audit.additionalDetails ?? []).map((d) => [d.key ?? '', d.value] as const),
        ]}
      />
      {(audit.targetResources ?? []).map((target, i) => {
        const name = target.displayName ?? target.userPrincipalName ?? target.id ?? '';
        return (
          <section
            key={`${target.id ?? ''}-${String(i)}`}
            className={styles.section}
            aria-label={`Target: ${name}`}
          >
            <Subtitle2 as="h3">Target: {name}</Subtitle2>
            <Caption1 className={styles.secondary}>
              {[target.type, target.userPrincipalName, target.id].filter(Boolean).join(' · ')}
            </Caption1>
            <Subtitle2 as="h4">Modified Properties</Subtitle2>
            <ModifiedProperties properties={target.modifiedProperties ?? []} targetName={name} />
          </section>
        );
      })}
    </div>
  );
}
