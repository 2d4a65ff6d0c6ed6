/** One product assigned to the group: its service plans with On/Off switches; unsaved rows highlighted. */
import { Button, Caption1, Card, CardHeader, Subtitle2 } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { GroupLicense, PlanId, Product } from '../../api/types';
import { SwitchList } from '../../components/switch-list';
import { formatCount } from '../../lib/format';
import { seatsAssignedInWords } from '../../lib/licensing/seats';
import { PLAN_SWITCH_WORDS } from '../../lib/licensing/words';
import { RequirePermission } from '../../lib/session/require-permission';
import { usePermission } from '../../lib/session/use-permission';
import { planRows, switchRow } from './plan-rows';

export interface ProductPlansCardProps {
  readonly product: Product;
  readonly license: GroupLicense;
  readonly draft: readonly PlanId[] | undefined;
  readonly disabled: boolean;
  readonly onToggle: (planId: PlanId, enabled: boolean) => void;
  readonly onRemove: () => void;
}

const plansOnInWords = (on: number, all: number) =>
  `${formatCount(on)} of ${formatCount(all)} service plans on`;

export function ProductPlansCard({
  product,
  license,
  draft,
  disabled,
  onToggle,
  onRemove,
}: ProductPlansCardProps) {
  const permission = usePermission('group.assignLicense');
  const rows = planRows(product, license, draft);
  const on = rows.filter((r) => r.draftOn).length;
  return (
    <Card role="region" aria-label={product.name}>
      <CardHeader
        header={<Subtitle2 as="h3">{product.name}</Subtitle2>}
        description={
          <Caption1>{`${plansOnInWords(on, rows.length)} · ${seatsAssignedInWords(product.seats)}`}</Caption1>
        }
        action={
          <RequirePermission action="group.assignLicense">
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              disabled={disabled}
              onClick={onRemove}
              aria-label={`Remove ${product.name}`}
            >
              Remove
            </Button>
          </RequirePermission>
        }
      />
      <SwitchList
        label={`Service plans of ${product.name}`}
        rows={rows.map(switchRow)}
        disabled={disabled || !permission.allowed}
        stateWords={PLAN_SWITCH_WORDS}
        onToggle={(id, checked) => {
          const row = rows.find((r) => r.planId === id);
          if (row) onToggle(row.planId, checked);
        }}
      />
    </Card>
  );
}
