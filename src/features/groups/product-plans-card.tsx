/** One product assigned to the group: its service plans with On/Off switches; unsaved rows highlighted. */
import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { usePermission } from '../../lib/session/use-permission';
import { productName } from './group-names';
import { planRows } from './plan-rows';

const useStyles = makeStyles({
  plans: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none' },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr max-content max-content',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '36px',
  },
  changed: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
});

export interface ProductPlansCardProps {
  readonly skuId: string;
  readonly sku: SubscribedSku | undefined;
  readonly skus: readonly SubscribedSku[] | undefined;
  readonly saved: readonly string[];
  readonly draft: readonly string[] | undefined;
  readonly disabled: boolean;
  readonly onToggle: (servicePlanId: string, enabled: boolean) => void;
  readonly onRemove: () => void;
}

export function ProductPlansCard({
  skuId,
  sku,
  skus,
  saved,
  draft,
  disabled,
  onToggle,
  onRemove,
}: ProductPlansCardProps) {
  const styles = useStyles();
  const permission = usePermission('group.assignLicense');
  const name = productName(skuId, skus);
  const rows = planRows(skuId, sku, saved, draft);
  const enabled = rows.filter((r) => r.draftOn).length;
  const seats = (sku?.prepaidUnits?.enabled ?? 0) + (sku?.prepaidUnits?.warning ?? 0);
  const seatText = sku
    ? ` · ${(sku.consumedUnits ?? 0).toLocaleString('en-US')} of ${seats.toLocaleString('en-US')} seats assigned`
    : '';
  return (
    <Card role="region" aria-label={name}>
      <CardHeader
        header={<Subtitle2 as="h3">{name}</Subtitle2>}
        description={
          <Caption1>{`${String(enabled)} of ${String(rows.length)} service plans on${seatText}`}</Caption1>
        }
        action={
          <RequirePermission action="group.assignLicense">
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              disabled={disabled}
              onClick={onRemove}
              aria-label={`Remove ${name}`}
            >
              Remove
            </Button>
          </RequirePermission>
        }
      />
      <ul className={styles.plans} aria-label={`Service plans of ${name}`}>
        {rows.map((row) => {
          const changed = row.draftOn !== row.savedOn;
          return (
            <li
              key={row.servicePlanId}
              className={mergeClasses(styles.row, changed ? styles.changed : undefined)}
            >
              <Switch
                label={<span title={row.servicePlanId}>{row.name}</span>}
                aria-label={row.name}
                checked={row.draftOn}
                disabled={disabled || !permission.allowed}
                onChange={(_event, data) => {
                  onToggle(row.servicePlanId, data.checked);
                }}
              />
              <span>
                {row.isNew ? (
                  <Badge color="informative" appearance="tint">
                    New plan
                  </Badge>
                ) : null}{' '}
                {changed ? (
                  <Badge color="warning" appearance="tint">
                    Unsaved
                  </Badge>
                ) : null}
              </span>
              <Caption1 aria-hidden="true">{row.draftOn ? 'On' : 'Off'}</Caption1>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
