/** "Reverses: Set group license of 7 Dec 2026 by Lee Gu", opening that record. */
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AuditEntry } from '../../api/types';
import { useFormat } from '../../lib/i18n/format';
import { useT } from '../../lib/i18n/use-t';
import { undoPlanOf, type UndoPlan } from './undo-plan';
import { useReversedRecord } from './undo-reverses';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const initiatorOf = (entry: AuditEntry) =>
  entry.initiatedBy.kind === 'user'
    ? (entry.initiatedBy.displayName ?? entry.initiatedBy.userPrincipalName ?? '')
    : (entry.initiatedBy.displayName ?? '');

function Reverses({
  entry,
  plan,
  onOpenEntry,
}: {
  entry: AuditEntry;
  plan: UndoPlan;
  onOpenEntry: (id: string) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const reversed = useReversedRecord(entry, plan);
  if (!reversed) return null;
  return (
    <div className={styles.row}>
      <Text>{t('audit.entry.reverses')}</Text>
      <Link
        onClick={() => {
          onOpenEntry(reversed.id);
        }}
      >
        {t('audit.entry.reversesValue', {
          activity: reversed.activityDisplayName,
          date: format.dateTime(reversed.activityDateTime),
          initiator: initiatorOf(reversed),
        })}
      </Link>
    </div>
  );
}

/** The link to the record this entry reverses, for entries of changes the portal can reverse. */
export function ReversesLink({
  entry,
  onOpenEntry,
}: {
  readonly entry: AuditEntry;
  readonly onOpenEntry: (id: string) => void;
}) {
  const verdict = undoPlanOf(entry);
  return verdict.ok ? (
    <Reverses entry={entry} plan={verdict.plan} onOpenEntry={onOpenEntry} />
  ) : null;
}
