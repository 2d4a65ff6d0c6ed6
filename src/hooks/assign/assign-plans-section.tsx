/** The plans of an Assign: how many are on, Turn all on/off, and a switch per plan (group plans locked On). */
import { Button, Label, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanId } from '../../api/types';
import { SwitchList } from '../../components/switch-list';
import type { AssignPlanRow } from '../../lib/licensing/assign-plans';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  grow: { flexGrow: 1 },
});

export interface AssignPlansSectionProps {
  readonly rows: readonly AssignPlanRow[];
  /** Plans switched off in the draft. */
  readonly off: readonly PlanId[];
  readonly onChange: (planIds: readonly PlanId[], on: boolean) => void;
}

export function AssignPlansSection({ rows, off, onChange }: AssignPlansSectionProps) {
  const styles = useStyles();
  const t = useT();
  const locked = (row: AssignPlanRow) => row.fromGroups.length > 0;
  const unlocked = rows.filter((row) => !locked(row)).map((row) => row.planId);
  const on = rows.filter((row) => locked(row) || !off.includes(row.planId)).length;
  return (
    <>
      <div className={styles.head}>
        <Label className={styles.grow}>
          {t('licensing.assign.plansOn', { on, all: rows.length })}
        </Label>
        <Button
          size="small"
          onClick={() => {
            onChange(unlocked, true);
          }}
        >
          {t('licensing.assign.allOn')}
        </Button>
        <Button
          size="small"
          onClick={() => {
            onChange(unlocked, false);
          }}
        >
          {t('licensing.assign.allOff')}
        </Button>
      </div>
      <SwitchList
        label={t('licensing.assign.plans')}
        scroll
        rows={rows.map((row) =>
          locked(row)
            ? {
                id: row.planId,
                label: row.name,
                checked: true,
                disabled: true,
                note: t('licensing.assign.fromGroups', { groups: row.fromGroups.join(', ') }),
              }
            : { id: row.planId, label: row.name, checked: !off.includes(row.planId) },
        )}
        onToggle={(id, checked) => {
          const row = rows.find((r) => r.planId === id);
          if (row) onChange([row.planId], checked);
        }}
      />
    </>
  );
}
