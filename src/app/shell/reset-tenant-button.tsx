/**
 * "Reset demo tenant" in the top bar: only for a Global Administrator (others see why it is off).
 * The confirmation, with the seed to start from, loads when first asked for.
 */
import { ArrowResetRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import { useT } from '../../lib/i18n/use-t';
import { usePermission } from '../../lib/session/use-permission';
import { TopBarCommand } from './top-bar-command';

// Loaded when first asked for, and then kept (so it can animate closed).
const ResetTenantDialog = lazy(() =>
  import('./reset-tenant-dialog').then((m) => ({ default: m.ResetTenantDialog })),
);

export function ResetTenantButton() {
  const t = useT();
  // Wiping the tenant is a Global Administrator's decision (roles table: `tenant.reset`; the
  // emulator refuses anyone else with the same table).
  const { allowed, reason } = usePermission('tenant.reset');
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(false);
  return (
    <>
      <TopBarCommand
        label={t('shell.reset.button')}
        icon={<ArrowResetRegular />}
        hint={reason}
        disabled={!allowed}
        onClick={() => {
          if (!allowed) return;
          setAsked(true);
          setOpen(true);
        }}
      />
      {asked ? (
        <Suspense fallback={null}>
          <ResetTenantDialog
            open={open}
            onClose={() => {
              setOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
