/** "Reset demo tenant": after a confirm, the emulator goes back to its seed and every query refetches. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import { resetTenant } from '../../lib/graph/emulator-control';
import { renewSessionToken } from '../../lib/session/sign-in';

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

export function ResetTenantButton() {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const notify = useNotify();
  const reset = useMutation({
    mutationFn: async () => {
      await resetTenant();
      await renewSessionToken();
    },
    onSuccess: async () => {
      setOpen(false);
      await queryClient.resetQueries();
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
  return (
    <>
      <Button
        appearance="transparent"
        className={styles.button}
        icon={<ArrowResetRegular />}
        onClick={() => {
          setOpen(true);
        }}
      >
        Reset demo tenant
      </Button>
      <ConfirmDialog
        open={open}
        title="Reset the demo tenant?"
        confirmLabel="Reset"
        busy={reset.isPending}
        onConfirm={() => {
          reset.mutate();
        }}
        onCancel={() => {
          setOpen(false);
        }}
      >
        Every change made in this demo — licences, groups, members, users and audit records — is
        discarded and the tenant returns to its seeded state. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
