/** Product → Service plans: every plan with its friendly and technical name; new plans list the groups that gained them. */
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
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { PortalLink, groupLicensesHref } from './portal-link';
import { servicePlanRows } from './service-plans';
import { useLicensedGroups } from './use-licensed-groups';

const useStyles = makeStyles({
  secondary: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}` },
});

export function ServicePlansTab({ sku }: { readonly sku: SubscribedSku }) {
  const styles = useStyles();
  const groups = useLicensedGroups(sku.skuId ?? '');
  if (groups.isPending) return <Loading label="Loading service plans" />;
  if (groups.isError)
    return (
      <ErrorMessage
        title="Could not load the groups of this product"
        error={groups.error}
        onRetry={() => void groups.refetch()}
      />
    );
  const rows = servicePlanRows(sku, groups.data);
  const added = rows.filter((r) => r.isNew);
  return (
    <>
      {added.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {added.length === 1
              ? '1 service plan was'
              : `${String(added.length)} service plans were`}{' '}
            added to this product after purchase.
            {added.length === 1
              ? ' It is listed first, with the groups that have it'
              : ' They are listed first, with the groups that have them'}{' '}
            on by default because they assign the product: review those groups.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Table aria-label="Service plans" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Service plan</TableHeaderCell>
            <TableHeaderCell>Plan name</TableHeaderCell>
            <TableHeaderCell>Enabled by default in</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((plan) => (
            <TableRow key={plan.servicePlanId}>
              <TableCell>
                {plan.friendlyName}{' '}
                {plan.isNew ? (
                  <Badge appearance="filled" color="informative">
                    New
                  </Badge>
                ) : null}
              </TableCell>
              <TableCell className={styles.secondary}>{plan.servicePlanName}</TableCell>
              <TableCell>
                {plan.isNew ? (
                  plan.enabledInGroups.length === 0 ? (
                    'No group'
                  ) : (
                    <span className={styles.groups}>
                      {plan.enabledInGroups.map((g) => (
                        <PortalLink key={g.id} href={groupLicensesHref(g.id ?? '')}>
                          {g.displayName ?? g.id}
                        </PortalLink>
                      ))}
                    </span>
                  )
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
