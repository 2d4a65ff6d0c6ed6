/**
 * The Undo dialog's frame, the same for every kind of record: what the undo restores, what changed
 * since the record (old / recorded / now side by side), the reversal's impact preview, then Undo
 * change. The kind's component (`undo-dialog.tsx`) reads how things are now and runs the reversal.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AuditEntry } from '../../api/types';
import { ErrorMessage } from '../../components/error-message';
import { FormDialog } from '../../components/form-dialog';
import { Loading } from '../../components/loading';
import { isGraphError } from '../../lib/graph/graph-error';
import { useT } from '../../lib/i18n/use-t';

/** One line of the side-by-side comparison. */
export interface CompareRow {
  readonly item: string;
  readonly old: string;
  readonly recorded: string;
  readonly current: string;
}

/** How things are now, as the kind read them. */
export type UndoNow =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  /** Already as before the record: nothing to do. */
  | { readonly status: 'nothing' }
  | {
      readonly status: 'ready';
      /** The rows when the object changed after the record, else null. */
      readonly changedSince: readonly CompareRow[] | null;
    };

/** A read's outcome, with a missing object (404) as its own case. */
export function nowOf(
  reads: readonly { readonly isPending: boolean; readonly error: unknown }[],
): { status: 'loading' } | { status: 'deleted' } | { status: 'error'; error: unknown } | null {
  const failed = reads.find((r) => r.error !== null);
  if (failed) {
    return isGraphError(failed.error) && failed.error.isNotFound
      ? { status: 'deleted' }
      : { status: 'error', error: failed.error };
  }
  return reads.some((r) => r.isPending) ? { status: 'loading' } : null;
}

export interface UndoFrameProps {
  readonly entry: AuditEntry;
  /** The object the record changed, by name. */
  readonly name: string;
  readonly now: UndoNow | { readonly status: 'deleted' };
  /** What the undo does, in one sentence. */
  readonly restores: string;
  /** The reversal's impact preview. */
  readonly preview: ReactNode;
  readonly busy: boolean;
  readonly failure: unknown;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

function Compare({ rows }: { rows: readonly CompareRow[] }) {
  const t = useT();
  return (
    <Table size="small" aria-label={t('audit.undo.compare')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('audit.undo.col.item')}</TableHeaderCell>
          <TableHeaderCell>{t('audit.undo.col.old')}</TableHeaderCell>
          <TableHeaderCell>{t('audit.undo.col.recorded')}</TableHeaderCell>
          <TableHeaderCell>{t('audit.undo.col.current')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.item}>
            <TableCell>{row.item}</TableCell>
            <TableCell>{row.old}</TableCell>
            <TableCell>{row.recorded}</TableCell>
            <TableCell>{row.current}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Body({
  name,
  now,
  restores,
  preview,
}: Omit<UndoFrameProps, 'entry' | 'busy' | 'failure' | 'onConfirm' | 'onClose'>) {
  const t = useT();
  switch (now.status) {
    case 'loading':
      return <Loading label={t('audit.undo.loading')} />;
    case 'error':
      return <ErrorMessage title={t('audit.undo.loadFailed')} error={now.error} />;
    case 'deleted':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('audit.undo.refused')}</MessageBarTitle>
            {t('audit.undo.refused.deleted', { name })}
          </MessageBarBody>
        </MessageBar>
      );
    case 'nothing':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('audit.undo.nothing', { name })}</MessageBarBody>
        </MessageBar>
      );
    case 'ready':
      return (
        <>
          <Text>{restores}</Text>
          {now.changedSince ? (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('audit.undo.changedSince', { name })}</MessageBarTitle>
                  {t('audit.undo.changedSinceBody')}
                </MessageBarBody>
              </MessageBar>
              <Compare rows={now.changedSince} />
            </>
          ) : null}
          {preview}
        </>
      );
  }
}

export function UndoFrame({ entry, busy, failure, onConfirm, onClose, ...body }: UndoFrameProps) {
  const t = useT();
  return (
    <FormDialog
      title={t('audit.undo.title', { activity: entry.activityDisplayName })}
      submitLabel={t(busy ? 'audit.undo.undoing' : 'audit.undo.confirm')}
      canSubmit={body.now.status === 'ready'}
      busy={busy}
      onSubmit={onConfirm}
      onClose={onClose}
      wide
    >
      {failure ? <ErrorMessage title={t('audit.undo.failed')} error={failure} /> : null}
      <Body {...body} />
    </FormDialog>
  );
}
