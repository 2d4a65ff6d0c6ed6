/** Usage location: a country picker, Save, and why it matters. Gated by `user.updateUsageLocation`. */
import {
  Button,
  Combobox,
  Field,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { User } from '../../api/types';
import { useUpdateUsageLocation } from '../../api/writes';
import { useNotify } from '../../components/toasts';
import { ErrorMessage } from '../../components/error-message';
import { usePermission } from '../../lib/session/use-permission';
import { countries, countryName } from './countries';
import { useIntl } from 'react-intl';
import { useT } from '../../lib/i18n/use-t';

// Save and Discard sit under the field, so the hint below the picker never pushes them out of line.
const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '520px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export function UsageLocationField({ user }: { readonly user: User }) {
  const { usageLocation, displayName } = user;
  const styles = useStyles();
  const notify = useNotify();
  const t = useT();
  const { locale } = useIntl();
  const permission = usePermission('user.updateUsageLocation');
  const mutation = useUpdateUsageLocation();
  const [selected, setSelected] = useState<string | null>(usageLocation);
  const [text, setText] = useState(usageLocation ? countryName(usageLocation, locale) : '');
  const matches = useMemo(() => {
    const term = text.trim().toLowerCase();
    const all = countries(locale);
    if (term === '' || (selected && countryName(selected, locale).toLowerCase() === term))
      return all;
    return all.filter((c) => c.name.toLowerCase().includes(term) || c.code.toLowerCase() === term);
  }, [text, selected, locale]);
  const dirty = selected !== null && selected !== usageLocation;

  const save = () => {
    if (!selected) return;
    mutation.mutate(
      { userId: user.id, usageLocation: selected },
      {
        onSuccess: () => {
          notify.success(
            t('users.location.saved'),
            t('users.location.savedBody', {
              name: displayName,
              country: countryName(selected, locale),
            }),
          );
        },
      },
    );
  };

  return (
    <>
      <div className={styles.form}>
        <Field label={t('users.prop.usageLocation')} hint={t('users.location.hint')}>
          <Combobox
            placeholder={t('users.location.placeholder')}
            value={text}
            selectedOptions={selected ? [selected] : []}
            disabled={!permission.allowed}
            title={permission.reason ?? undefined}
            onChange={(e) => {
              setText(e.target.value);
            }}
            onOptionSelect={(_e, d) => {
              if (!d.optionValue) return;
              setSelected(d.optionValue);
              setText(countryName(d.optionValue, locale));
            }}
          >
            {matches.map((c) => (
              <Option key={c.code} value={c.code} text={c.name}>
                {t('users.country', { name: c.name, code: c.code })}
              </Option>
            ))}
          </Combobox>
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={!permission.allowed || !dirty || mutation.isPending}
            title={permission.reason ?? undefined}
            icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
            onClick={save}
          >
            {t('users.location.save')}
          </Button>
          <Button
            disabled={!dirty || mutation.isPending}
            onClick={() => {
              setSelected(usageLocation);
              setText(usageLocation ? countryName(usageLocation, locale) : '');
            }}
          >
            {t('users.location.discard')}
          </Button>
        </div>
      </div>
      {mutation.isError ? (
        <ErrorMessage title={t('users.location.failed')} error={mutation.error} />
      ) : null}
    </>
  );
}
