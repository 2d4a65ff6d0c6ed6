/** One product assigned to the group: its service plans with On/Off switches; unsaved rows highlighted. */
import { Button, Caption1, Card, CardHeader, Subtitle2 } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { GroupLicense, PlanId, Product } from '../../api/types';
import { SwitchList } from '../../components/switch-list';
import { seatsAssignedInWords } from '../../lib/licensing/seats';
import { planSwitchWords } from '../../lib/licensing/words';
import { RequirePermission } from '../../lib/session/require-permission';
import { usePermission } from '../../lib/session/use-permission';
import { planRows, switchRow } from './plan-rows';
import { useT } from '../../lib/i18n/use-t';

export interface ProductPlansCardProps {
  readonly product: Product;
  readonly license: GroupLicense;
  readonly draft: readonly PlanId[] | undefined;
  readonly disabled: boolean;
  readonly onToggle: (planId: PlanId, enabled: boolean) => void;
  readonly onRemove: () => void;
}

export function ProductPlansCard({
  product,
  license,
  draft,
  disabled,
  onToggle,
  onRemove,
}: ProductPlansCardProps) {
  const permission = usePermission('group.assignLicense');
  const t = useT();
  const rows = planRows(product, license, draft);
  const on = rows.filter((r) => r.draftOn).length;
  return (
    <Card role="region" aria-label={product.name}>
      <CardHeader
        header={<Subtitle2 as="h3">{product.name}</Subtitle2>}
        description={
          <Caption1>
            {t('groups.card.summary', {
              plans: t('groups.card.plansOn', { on, all: rows.length }),
              seats: seatsAssignedInWords(t, product.seats),
            })}
          </Caption1>
        }
        action={
          <RequirePermission action="group.assignLicense">
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              disabled={disabled}
              onClick={onRemove}
              aria-label={t('groups.card.remove', { product: product.name })}
            >
              {t('groups.members.remove')}
            </Button>
          </RequirePermission>
        }
      />
      <SwitchList
        label={t('groups.card.plans', { product: product.name })}
        rows={rows.map((row) => switchRow(t, row))}
        disabled={disabled || !permission.allowed}
        stateWords={planSwitchWords(t)}
        onToggle={(id, checked) => {
          const row = rows.find((r) => r.planId === id);
          if (row) onToggle(row.planId, checked);
        }}
      />
    </Card>
  );
}
