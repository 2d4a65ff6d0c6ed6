/**
 * Product → Service plans: every plan with its friendly and technical name and the groups that
 * have it on (issue #16 item 8: the column was empty for every plan bought with the product); new
 * plans come first.
 */
import {
  Badge,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLicensedGroups } from '../../api/groups';
import type { Product } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { GroupLicensesLink } from './group-licenses-link';
import { servicePlanRows, type ServicePlanRow } from './service-plans';
import { SPACE, useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  secondary: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}` },
});

function EnabledIn({ plan }: { readonly plan: ServicePlanRow }) {
  const styles = useStyles();
  const t = useT();
  if (plan.enabledInGroups.length === 0) return <>{t('products.plans.noGroup')}</>;
  return (
    <span className={styles.groups}>
      {plan.enabledInGroups.map((g) => (
        <GroupLicensesLink key={g.id} group={g} />
      ))}
    </span>
  );
}

export function ServicePlansTab({ product }: { readonly product: Product }) {
  const styles = useStyles();
  const groups = useLicensedGroups(product.skuId);
  const t = useT();
  return (
    <QueryState
      query={groups}
      data={groups.data}
      loading={t('products.plans.loading')}
      error={t('products.plans.loadFailed')}
    >
      {(licensedGroups) => {
        const rows = servicePlanRows(product, licensedGroups);
        const added = rows.filter((r) => r.isNew).length;
        return (
          <>
            {added > 0 ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{t('products.addedNote', { count: added })}</MessageBarBody>
              </MessageBar>
            ) : null}
            <Table aria-label={t('products.plans.table')} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('products.plans.plan')}</TableHeaderCell>
                  <TableHeaderCell>{t('products.plans.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('products.plans.enabledIn')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((plan) => (
                  <TableRow key={plan.id}>
                    <TableCell>
                      {plan.name}
                      {SPACE}
                      {plan.isNew ? (
                        <Badge appearance="filled" color="informative">
                          {t('products.plans.new')}
                        </Badge>
                      ) : null}
                    </TableCell>
                    <TableCell className={styles.secondary}>{plan.technicalName}</TableCell>
                    <TableCell>
                      <EnabledIn plan={plan} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        );
      }}
    </QueryState>
  );
}
