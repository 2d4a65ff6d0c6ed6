/**
 * A dialog that collects a few choices and submits them: title, content, the submit button (with
 * a spinner while busy) and Cancel. Closing is refused while busy.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n/use-t';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  wide: { maxWidth: '760px', width: '100%' },
});

export interface FormDialogProps {
  readonly title: string;
  /** The submit button's words: say what happens ("Assign", "Add (2)"), never "OK". */
  readonly submitLabel: string;
  readonly canSubmit: boolean;
  readonly busy: boolean;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  readonly cancelLabel?: string;
  readonly wide?: boolean;
  /** Enter in a text field submits (a form of inputs; not for search boxes, whose Enter searches). */
  readonly submitOnEnter?: boolean;
  readonly children: ReactNode;
}

export function FormDialog({
  title,
  submitLabel,
  canSubmit,
  busy,
  onSubmit,
  onClose,
  cancelLabel,
  wide = false,
  submitOnEnter = false,
  children,
}: FormDialogProps) {
  const styles = useStyles();
  const t = useT();
  const submit = () => {
    if (canSubmit && !busy) onSubmit();
  };
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={styles.content}>{children}</DialogContent>
      <DialogActions>
        <Button
          type={submitOnEnter ? 'submit' : 'button'}
          appearance="primary"
          disabled={!canSubmit || busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={submitOnEnter ? undefined : submit}
        >
          {submitLabel}
        </Button>
        <Button disabled={busy} onClick={onClose}>
          {cancelLabel ?? t('common.cancel')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
  return (
    <Dialog
      open
      onOpenChange={(_event, data) => {
        if (!data.open && !busy) onClose();
      }}
    >
      <DialogSurface aria-describedby={undefined} className={wide ? styles.wide : undefined}>
        {submitOnEnter ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            {body}
          </form>
        ) : (
          body
        )}
      </DialogSurface>
    </Dialog>
  );
}
