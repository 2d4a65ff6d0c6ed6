/** The filter bar of Audit logs: Activity, Target, Initiated by, Category, Status, Date range. */
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useAdminAccounts } from '../../api/session';
import type { MessageId } from '../../lib/i18n/messages';
import { useT } from '../../lib/i18n/use-t';
import {
  AUDIT_ACTIVITIES,
  AUDIT_CATEGORIES,
  LICENSING_APP_NAME,
  type AuditFilters,
  type AuditResult,
} from './audit-search';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  wide: { minWidth: '260px' },
  narrow: { minWidth: '160px' },
});

const ALL = '';
const RESULTS: readonly { value: AuditResult; label: MessageId }[] = [
  { value: 'success', label: 'audit.status.success' },
  { value: 'failure', label: 'audit.status.failure' },
];

export interface AuditFiltersProps {
  readonly filters: AuditFilters;
  /** `replace` for typing, so each keystroke is not a history entry. */
  readonly onChange: (patch: Partial<AuditFilters>, replace: boolean) => void;
}

/** Who can initiate an audited change: the licensing service and every admin account. */
function useInitiators(): string[] {
  const admins = useAdminAccounts().data ?? [];
  return [LICENSING_APP_NAME, ...admins.map((a) => a.userPrincipalName)];
}

export function AuditFilterBar({ filters, onChange }: AuditFiltersProps) {
  const styles = useStyles();
  const t = useT();
  const initiators = useInitiators();
  const all = t('audit.filter.all');
  const resultLabel = RESULTS.find((r) => r.value === filters.result)?.label;
  const { activity, target, initiatedBy, category, result, from, to } = filters;
  const active = [activity, target, initiatedBy, category, result, from, to].some(
    (v) => v !== undefined,
  );
  const pick =
    (key: keyof AuditFilters) => (_: unknown, data: { optionValue?: string | undefined }) => {
      onChange({ [key]: data.optionValue === ALL ? undefined : data.optionValue }, false);
    };

  return (
    <div className={styles.bar} role="search" aria-label={t('audit.filter.label')}>
      <Field label={t('audit.filter.activity')} className={styles.wide}>
        <Dropdown
          value={filters.activity ?? t('audit.filter.allActivities')}
          selectedOptions={[filters.activity ?? ALL]}
          onOptionSelect={pick('activity')}
        >
          <Option value={ALL}>{t('audit.filter.allActivities')}</Option>
          {AUDIT_ACTIVITIES.map((a) => (
            <Option key={a} value={a}>
              {a}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('audit.filter.target')} className={styles.narrow}>
        <Input
          value={filters.target ?? ''}
          placeholder={t('audit.filter.targetPlaceholder')}
          onChange={(_e, data) => {
            onChange({ target: data.value || undefined, targetId: undefined }, true);
          }}
        />
      </Field>
      <Field label={t('audit.filter.initiatedBy')} className={styles.wide}>
        <Combobox
          freeform
          placeholder={t('audit.filter.initiatedByPlaceholder')}
          value={filters.initiatedBy ?? ''}
          selectedOptions={filters.initiatedBy ? [filters.initiatedBy] : []}
          onOptionSelect={(_e, data) => {
            onChange(
              { initiatedBy: data.optionValue === '' ? undefined : data.optionValue },
              false,
            );
          }}
          onChange={(event) => {
            onChange(
              { initiatedBy: event.target.value === '' ? undefined : event.target.value },
              true,
            );
          }}
        >
          {initiators.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t('audit.filter.category')} className={styles.narrow}>
        <Dropdown
          value={filters.category ?? all}
          selectedOptions={[filters.category ?? ALL]}
          onOptionSelect={pick('category')}
        >
          <Option value={ALL}>{all}</Option>
          {AUDIT_CATEGORIES.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('audit.filter.status')} className={styles.narrow}>
        <Dropdown
          value={resultLabel ? t(resultLabel) : all}
          selectedOptions={[filters.result ?? ALL]}
          onOptionSelect={pick('result')}
        >
          <Option value={ALL}>{all}</Option>
          {RESULTS.map((r) => (
            <Option key={r.value} value={r.value}>
              {t(r.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('audit.filter.from')}>
        <Input
          type="date"
          value={filters.from ?? ''}
          onChange={(_e, data) => {
            onChange({ from: data.value || undefined }, true);
          }}
        />
      </Field>
      <Field label={t('audit.filter.to')}>
        <Input
          type="date"
          value={filters.to ?? ''}
          onChange={(_e, data) => {
            onChange({ to: data.value || undefined }, true);
          }}
        />
      </Field>
      {active ? (
        <Button
          icon={<DismissRegular />}
          onClick={() => {
            onChange(
              {
                activity: undefined,
                target: undefined,
                targetId: undefined,
                initiatedBy: undefined,
                category: undefined,
                result: undefined,
                from: undefined,
                to: undefined,
              },
              false,
            );
          }}
        >
          {t('audit.filter.clear')}
        </Button>
      ) : null}
    </div>
  );
}
