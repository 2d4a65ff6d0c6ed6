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
import { COUNTRIES, countryName } from './countries';

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

export const USAGE_LOCATION_HINT =
  "Licenses can only be assigned to users with a usage location, because services differ by country/region. Group licensing uses the tenant's country for users without one.";

export function UsageLocationField({ user }: { readonly user: User }) {
  const { usageLocation, displayName } = user;
  const styles = useStyles();
  const notify = useNotify();
  const permission = usePermission('user.updateUsageLocation');
  const mutation = useUpdateUsageLocation();
  const [selected, setSelected] = useState<string | null>(usageLocation);
  const [text, setText] = useState(usageLocation ? countryName(usageLocation) : '');
  const matches = useMemo(() => {
    const term = text.trim().toLowerCase();
    const all = COUNTRIES;
    if (term === '' || (selected && countryName(selected).toLowerCase() === term)) return all;
    return all.filter((c) => c.name.toLowerCase().includes(term) || c.code.toLowerCase() === term);
  }, [text, selected]);
  const dirty = selected !== null && selected !== usageLocation;

  const save = () => {
    if (!selected) return;
    mutation.mutate(
      { userId: user.id, usageLocation: selected },
      {
        onSuccess: () => {
          notify.success(
            'Usage location saved',
            `${displayName} is now in ${countryName(selected)}.`,
          );
        },
      },
    );
  };

  return (
    <>
      <div className={styles.form}>
        <Field label="Usage location" hint={USAGE_LOCATION_HINT}>
          <Combobox
            placeholder="Not set — choose a country or region"
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
              setText(countryName(d.optionValue));
            }}
          >
            {matches.map((c) => (
              <Option key={c.code} value={c.code} text={c.name}>{`${c.name} (${c.code})`}</Option>
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
            Save
          </Button>
          <Button
            disabled={!dirty || mutation.isPending}
            onClick={() => {
              setSelected(usageLocation);
              setText(usageLocation ? countryName(usageLocation) : '');
            }}
          >
            Discard
          </Button>
        </div>
      </div>
      {mutation.isError ? (
        <ErrorMessage title="Could not save the usage location" error={mutation.error} />
      ) : null}
    </>
  );
}
