/** The "Reset the demo tenant?" confirmation: which seed to start from, what each holds. */
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RESET_SEEDS, useResetTenant, type ResetSeed } from '../../api/session';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import { SPACE, useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  seeds: { marginTop: tokens.spacingVerticalM },
});

const SEED_LABEL = {
  default: 'shell.reset.seed.default',
  empty: 'shell.reset.seed.empty',
  large: 'shell.reset.seed.large',
} as const;
const SEED_HINT = {
  default: 'shell.reset.seed.defaultHint',
  empty: 'shell.reset.seed.emptyHint',
  large: 'shell.reset.seed.largeHint',
} as const;

export function ResetTenantDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  const [seed, setSeed] = useState<ResetSeed>('default');
  const notify = useNotify();
  const reset = useResetTenant();
  return (
    <ConfirmDialog
      open={open}
      title={t('shell.reset.title')}
      confirmLabel={t('shell.reset.confirm')}
      busy={reset.isPending}
      onConfirm={() => {
        reset.mutate(seed, {
          onSuccess: () => {
            onClose();
            notify.success(
              t('shell.reset.done'),
              t('shell.reset.doneBody', { seed: t(SEED_LABEL[seed]) }),
            );
          },
          onError: (error) => {
            onClose();
            notify.error(t('shell.reset.failed'), error);
          },
        });
      }}
      onCancel={onClose}
    >
      {t('shell.reset.body')}
      <Field label={t('shell.reset.seedLabel')} className={styles.seeds}>
        <RadioGroup
          value={seed}
          onChange={(_event, data) => {
            const chosen = RESET_SEEDS.find((name) => name === data.value);
            if (chosen) setSeed(chosen);
          }}
        >
          {RESET_SEEDS.map((name) => (
            <Radio
              key={name}
              value={name}
              label={{
                children: (
                  <>
                    <strong>{t(SEED_LABEL[name])}</strong>
                    {SPACE}
                    {t('shell.reset.seedHint', { hint: t(SEED_HINT[name]) })}
                  </>
                ),
              }}
            />
          ))}
        </RadioGroup>
      </Field>
    </ConfirmDialog>
  );
}
