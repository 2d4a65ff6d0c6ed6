/** "Reset demo tenant": after a confirm, the emulator goes back to its seed and every query refetches. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import { useResetTenant } from '../../api/session';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  button: {
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
});

// The confirmation loads when first asked for, and then stays (so it can animate closed).
const ConfirmDialog = lazy(() =>
  import('../../components/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);

export function ResetTenantButton() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(false);
  const notify = useNotify();
  const reset = useResetTenant();
  const t = useT();
  return (
    <>
      <Button
        appearance="transparent"
        className={styles.button}
        icon={<ArrowResetRegular />}
        onClick={() => {
          setAsked(true);
          setOpen(true);
        }}
      >
        {t('shell.reset.button')}
      </Button>
      {asked ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={open}
            title={t('shell.reset.title')}
            confirmLabel={t('shell.reset.confirm')}
            busy={reset.isPending}
            onConfirm={() => {
              reset.mutate(undefined, {
                onSuccess: () => {
                  setOpen(false);
                  notify.success(t('shell.reset.done'), t('shell.reset.doneBody'));
                },
                onError: (error) => {
                  setOpen(false);
                  notify.error(t('shell.reset.failed'), error);
                },
              });
            }}
            onCancel={() => {
              setOpen(false);
            }}
          >
            {t('shell.reset.body')}
          </ConfirmDialog>
        </Suspense>
      ) : null}
    </>
  );
}
