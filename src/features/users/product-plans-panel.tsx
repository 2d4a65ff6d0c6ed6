/** One product of a user: every service plan, whether it is On, and which sources turn it on. */
import {
  Badge,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { User } from '../../lib/graph/graph-types';
import { planSources, sourceName, type ProductLicense } from './license-model';
import { PlanWhyPopover } from './plan-why-popover';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalL,
  },
  plan: { width: '38%' },
  status: { width: '14%' },
  sources: { width: '34%' },
  details: { width: '14%' },
});

export interface ProductPlansPanelProps {
  readonly user: User;
  readonly product: ProductLicense;
  readonly groupName: (id: string) => string;
  readonly onClose: () => void;
}

export function ProductPlansPanel({ user, product, groupName, onClose }: ProductPlansPanelProps) {
  const styles = useStyles();
  const plans = planSources(user, product.skuId).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-label={`Service plans of ${product.name}`}>
      <div className={styles.header}>
        <Subtitle2 as="h2">Service plans of {product.name}</Subtitle2>
        <Button
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label="Close service plans"
          onClick={onClose}
        />
      </div>
      <Table aria-label={`Service plans of ${product.name}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.plan}>Service plan</TableHeaderCell>
            <TableHeaderCell className={styles.status}>Status</TableHeaderCell>
            <TableHeaderCell className={styles.sources}>Turned on by</TableHeaderCell>
            <TableHeaderCell className={styles.details}>Details</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plans.map((plan) => (
            <TableRow key={plan.servicePlanId} aria-label={plan.name}>
              <TableCell>{plan.name}</TableCell>
              <TableCell>
                <Badge
                  appearance={plan.on ? 'filled' : 'outline'}
                  color={plan.on ? 'success' : 'informative'}
                >
                  {plan.on ? 'On' : 'Off'}
                </Badge>
                {plan.on && plan.capabilityStatus && plan.capabilityStatus !== 'Enabled'
                  ? ` (${plan.capabilityStatus})`
                  : null}
              </TableCell>
              <TableCell>
                {plan.enabledBy.map((s) => sourceName(s, groupName)).join(', ') || '—'}
              </TableCell>
              <TableCell>
                <PlanWhyPopover
                  user={user}
                  skuId={product.skuId}
                  plan={plan}
                  groupName={groupName}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
