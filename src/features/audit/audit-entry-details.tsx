/** The details of one audit entry: every field, the targets and their Modified Properties. */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, FlowRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useAuditEntry } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { useFormat } from '../../lib/i18n/format';
import { useT } from '../../lib/i18n/use-t';
import { statusLabel } from './audit-format';
import { RUN_ACTIVITIES } from './audit-search';
import { LicenseChangeSummary } from './license-change-summary';
import { ModifiedProperties } from './modified-properties';
import { UndoAction } from './undo-action';
import { ReversesLink } from './undo-reverses-link';

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

function Initiator({ audit }: { audit: AuditEntry }) {
  const styles = useStyles();
  const t = useT();
  const by = audit.initiatedBy;
  if (by.kind === 'user') {
    return (
      <>
        {by.displayName ?? by.userPrincipalName}
        <Caption1 block className={styles.secondary}>
          {[
            by.userPrincipalName,
            by.id,
            by.ipAddress && t('audit.entry.ip', { address: by.ipAddress }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Caption1>
      </>
    );
  }
  return (
    <>
      {by.displayName ?? t('audit.entry.unknown')}{' '}
      <Caption1 className={styles.secondary}>{t('audit.entry.app')}</Caption1>
    </>
  );
}

export interface AuditEntryDetailsProps {
  readonly id: string;
  readonly onViewRun: (correlationId: string) => void;
  /** Shown when the entry was opened from a processing run. */
  readonly onBackToRun?: () => void;
  /** Opens another entry (the record this one reverses). */
  readonly onOpenEntry: (id: string) => void;
}

function Details({
  audit,
  onViewRun,
  onBackToRun,
  onOpenEntry,
}: Omit<AuditEntryDetailsProps, 'id'> & { audit: AuditEntry }) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const run = RUN_ACTIVITIES.includes(audit.activityDisplayName) ? audit.correlationId : null;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {onBackToRun ? (
          <Button icon={<ArrowLeftRegular />} onClick={onBackToRun}>
            {t('audit.entry.backToRun')}
          </Button>
        ) : null}
        {run !== null && !onBackToRun ? (
          <Button
            appearance="primary"
            icon={<FlowRegular />}
            onClick={() => {
              onViewRun(run);
            }}
          >
            {t('audit.entry.viewRun')}
          </Button>
        ) : null}
        <UndoAction entry={audit} />
      </div>
      <ReversesLink entry={audit} onOpenEntry={onOpenEntry} />
      <Fields
        items={[
          [t('audit.entry.activity'), audit.activityDisplayName],
          [t('audit.entry.date'), format.dateTime(audit.activityDateTime)],
          [t('audit.entry.service'), audit.loggedByService],
          [t('audit.entry.category'), audit.category],
          [t('audit.entry.activityType'), audit.operationType],
          [t('audit.entry.status'), statusLabel(t, audit.result)],
          [t('audit.entry.statusReason'), audit.resultReason],
          [t('audit.entry.initiatedBy'), <Initiator key="i" audit={audit} />],
          [t('audit.entry.correlationId'), audit.correlationId],
          [t('audit.entry.entryId'), audit.id],
          ...audit.additionalDetails.map((d) => [d.key, d.value] as const),
        ]}
      />
      {audit.targets.map((target, i) => (
        <section
          key={`${target.id}-${String(i)}`}
          className={styles.section}
          aria-label={t('audit.entry.target', { name: target.displayName })}
        >
          <Subtitle2 as="h3">{t('audit.entry.target', { name: target.displayName })}</Subtitle2>
          <Caption1 className={styles.secondary}>
            {[target.type, target.userPrincipalName, target.id].filter(Boolean).join(' · ')}
          </Caption1>
          <LicenseChangeSummary properties={target.modifiedProperties} />
          <Subtitle2 as="h4">{t('audit.entry.modified')}</Subtitle2>
          <ModifiedProperties
            properties={target.modifiedProperties}
            targetName={target.displayName}
          />
        </section>
      ))}
    </div>
  );
}

export function AuditEntryDetails({ id, ...actions }: AuditEntryDetailsProps) {
  const t = useT();
  const query = useAuditEntry(id);
  return (
    <QueryState
      query={query}
      data={query.data}
      loading={t('audit.entry.loading')}
      error={t('audit.entry.loadFailed')}
      rows={4}
    >
      {(audit) => <Details audit={audit} {...actions} />}
    </QueryState>
  );
}
