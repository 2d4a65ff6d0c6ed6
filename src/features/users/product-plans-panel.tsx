/**
 * One product of a user: every service plan, whether it is On, Off, or lost (Suspended with its
 * data kept, or Deleted), and which sources turn it on.
 */
import {
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
import type { User } from '../../api/types';
import {
  planSources,
  planStatus,
  sourceName,
  type ProductLicense,
} from '../../lib/licensing/product-licenses';
import { PlanStatusBadge } from './plan-status-badge';
import { PlanWhyPopover } from './plan-why-popover';
import { useT } from '../../lib/i18n/use-t';

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
  readonly onClose: () => void;
}

export function ProductPlansPanel({ user, product, onClose }: ProductPlansPanelProps) {
  const styles = useStyles();
  const t = useT();
  const plansOf = (name: string) => t('users.plans.of', { product: name });
  const plans = planSources(user, product.skuId).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-label={plansOf(product.name)}>
      <div className={styles.header}>
        <Subtitle2 as="h2">{plansOf(product.name)}</Subtitle2>
        <Button
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={t('users.plans.close')}
          onClick={onClose}
        />
      </div>
      <Table aria-label={plansOf(product.name)} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.plan}>{t('users.plans.plan')}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{t('users.plans.status')}</TableHeaderCell>
            <TableHeaderCell className={styles.sources}>
              {t('users.plans.turnedOnBy')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.details}>{t('users.plans.details')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plans.map((plan) => (
            <TableRow key={plan.planId} aria-label={plan.name}>
              <TableCell>{plan.name}</TableCell>
              <TableCell>
                <PlanStatusBadge status={planStatus(plan)} />
              </TableCell>
              <TableCell>
                {plan.enabledBy.map((source) => sourceName(t, source)).join(', ') ||
                  t('common.none')}
              </TableCell>
              <TableCell>
                <PlanWhyPopover user={user} plan={plan} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
