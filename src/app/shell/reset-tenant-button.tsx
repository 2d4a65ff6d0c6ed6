/** "Reset demo tenant": after a confirm, the emulator goes back to its seed and every query refetches. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import { useResetTenant } from '../../api/session';
import { useNotify } from '../../components/toasts';

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
        Reset demo tenant
      </Button>
      {asked ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={open}
            title="Reset the demo tenant?"
            confirmLabel="Reset"
            busy={reset.isPending}
            onConfirm={() => {
              reset.mutate(undefined, {
                onSuccess: () => {
                  setOpen(false);
                  notify.success(
                    'Demo tenant reset',
                    'Users, groups, products and audit logs are back to their starting state.',
                  );
                },
                onError: (error) => {
                  setOpen(false);
                  notify.error('Could not reset the demo tenant', error);
                },
              });
            }}
            onCancel={() => {
              setOpen(false);
            }}
          >
            Every change made in this demo — licences, groups, members, users and audit records — is
            discarded and the tenant returns to its seeded state. This cannot be undone.
          </ConfirmDialog>
        </Suspense>
      ) : null}
    </>
  );
}
