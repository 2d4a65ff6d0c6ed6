/**
 * The report's Reclaim controls: select every listed user, how many are selected, Reclaim (gated
 * by role, like every write), its confirmation, and what became of each user afterwards. A
 * partial success stays on screen as such: who was reclaimed, who was not and Graph's reason.
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonDeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReclaimFailure, ReclaimResult } from '../../api/reclaim';
import type { InactiveUser } from '../../api/types';
import { ErrorList } from '../../components/error-list';
import { useNotify } from '../../components/toasts';
import { isGraphError } from '../../lib/graph/graph-error';
import type { UserId } from '../../lib/ids';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { RequirePermission } from '../../lib/session/require-permission';
import { ReclaimDialog } from './reclaim-dialog';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const NO_ROWS: readonly InactiveUser[] = [];

/** Reclaim needs either of these; the plan leaves out what the role may not do. */
export const RECLAIM_ACTIONS = ['user.assignLicense', 'group.members'] as const;

const failureText = (t: Translate, f: ReclaimFailure) =>
  t('users.reclaim.failedStep', {
    step:
      f.step.kind === 'licenses'
        ? t('users.reclaim.failedLicenses')
        : t('users.reclaim.failedLeave', { group: f.step.group }),
    message: isGraphError(f.error) || f.error instanceof Error ? f.error.message : String(f.error),
  });

function ReclaimOutcome({
  results,
  onDismiss,
}: {
  readonly results: readonly ReclaimResult[];
  readonly onDismiss: () => void;
}) {
  const t = useT();
  const done = results.filter((r) => r.failures.length === 0);
  const failed = results.filter((r) => r.failures.length > 0);
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t('users.reclaim.partial', { done: done.length, failed: failed.length })}
          </MessageBarTitle>
          {done.length > 0
            ? t('users.reclaim.reclaimed', { names: done.map((r) => r.name).join(', ') })
            : null}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onDismiss}>{t('users.reclaim.dismiss')}</Button>
        </MessageBarActions>
      </MessageBar>
      <ErrorList
        title={t('users.reclaim.failedTitle')}
        items={failed.map((r) => ({
          key: r.userId,
          name: r.name,
          error: new Error(r.failures.map((f) => failureText(t, f)).join('; ')),
        }))}
      />
    </>
  );
}

export interface ReclaimBarProps {
  /** The users listed (search and product applied); undefined until the report has answered. */
  readonly rows: readonly InactiveUser[] | undefined;
  readonly selected: ReadonlySet<UserId>;
  readonly onSelect: (selected: ReadonlySet<UserId>) => void;
}

export function ReclaimBar({ rows: listed, selected, onSelect }: ReclaimBarProps) {
  const styles = useStyles();
  const rows = listed ?? NO_ROWS;
  const t = useT();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<readonly ReclaimResult[] | null>(null);
  const chosen = rows.filter((u) => selected.has(u.id));
  const all = rows.length > 0 && chosen.length === rows.length;
  const onDone = (results: readonly ReclaimResult[]) => {
    setConfirming(false);
    const failed = results.filter((r) => r.failures.length > 0);
    onSelect(new Set(failed.map((r) => r.userId)));
    if (failed.length === 0) {
      setOutcome(null);
      notify.success(t('users.reclaim.done', { count: results.length }));
    } else setOutcome(results);
  };
  return (
    <>
      <div className={styles.bar}>
        <Checkbox
          label={
            listed
              ? t('users.reclaim.selectAll', { count: listed.length })
              : t('users.reclaim.selectAllPending')
          }
          disabled={rows.length === 0}
          checked={all ? true : chosen.length > 0 ? 'mixed' : false}
          onChange={() => {
            onSelect(all ? new Set() : new Set(rows.map((u) => u.id)));
          }}
        />
        <Text aria-live="polite">{t('users.reclaim.selected', { count: chosen.length })}</Text>
        <RequirePermission action={RECLAIM_ACTIONS}>
          <Button
            appearance="primary"
            icon={<PersonDeleteRegular />}
            disabled={chosen.length === 0}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('users.reclaim.action')}
          </Button>
        </RequirePermission>
      </div>
      {outcome ? (
        <ReclaimOutcome
          results={outcome}
          onDismiss={() => {
            setOutcome(null);
          }}
        />
      ) : null}
      {confirming ? (
        <ReclaimDialog
          users={chosen}
          onDone={onDone}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
    </>
  );
}
