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
const RESULTS: readonly { value: AuditResult; label: string }[] = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
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
  const initiators = useInitiators();
  const { activity, target, initiatedBy, category, result, from, to } = filters;
  const active = [activity, target, initiatedBy, category, result, from, to].some(
    (v) => v !== undefined,
  );
  const pick =
    (key: keyof AuditFilters) => (_: unknown, data: { optionValue?: string | undefined }) => {
      onChange({ [key]: data.optionValue === ALL ? undefined : data.optionValue }, false);
    };

  return (
    <div className={styles.bar} role="search" aria-label="Audit log filters">
      <Field label="Activity" className={styles.wide}>
        <Dropdown
          value={filters.activity ?? 'All activities'}
          selectedOptions={[filters.activity ?? ALL]}
          onOptionSelect={pick('activity')}
        >
          <Option value={ALL}>All activities</Option>
          {AUDIT_ACTIVITIES.map((a) => (
            <Option key={a} value={a}>
              {a}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Target" className={styles.narrow}>
        <Input
          value={filters.target ?? ''}
          placeholder="Name starts with"
          onChange={(_e, data) => {
            onChange({ target: data.value || undefined, targetId: undefined }, true);
          }}
        />
      </Field>
      <Field label="Initiated by" className={styles.wide}>
        <Combobox
          freeform
          placeholder="Admin or service"
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
      <Field label="Category" className={styles.narrow}>
        <Dropdown
          value={filters.category ?? 'All'}
          selectedOptions={[filters.category ?? ALL]}
          onOptionSelect={pick('category')}
        >
          <Option value={ALL}>All</Option>
          {AUDIT_CATEGORIES.map((c) => (
            <Option key={c} value={c}>
              {c}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Status" className={styles.narrow}>
        <Dropdown
          value={RESULTS.find((r) => r.value === filters.result)?.label ?? 'All'}
          selectedOptions={[filters.result ?? ALL]}
          onOptionSelect={pick('result')}
        >
          <Option value={ALL}>All</Option>
          {RESULTS.map((r) => (
            <Option key={r.value} value={r.value}>
              {r.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="From">
        <Input
          type="date"
          value={filters.from ?? ''}
          onChange={(_e, data) => {
            onChange({ from: data.value || undefined }, true);
          }}
        />
      </Field>
      <Field label="To">
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
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
