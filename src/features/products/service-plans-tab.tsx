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
import { useLicensedGroups } from '../../api/groups';
import type { Product } from '../../api/types';
import { QueryState } from '../../components/query-state';
import { GroupLicensesLink } from './group-licenses-link';
import { addedPlansNote, servicePlanRows, type ServicePlanRow } from './service-plans';

const useStyles = makeStyles({
  secondary: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}` },
});

function EnabledIn({ plan }: { readonly plan: ServicePlanRow }) {
  const styles = useStyles();
  if (!plan.isNew) return null;
  if (plan.enabledInGroups.length === 0) return <>No group</>;
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
  return (
    <QueryState
      query={groups}
      data={groups.data}
      loading="Loading service plans"
      error="Could not load the groups of this product"
    >
      {(licensedGroups) => {
        const rows = servicePlanRows(product, licensedGroups);
        const added = rows.filter((r) => r.isNew).length;
        return (
          <>
            {added > 0 ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{addedPlansNote(added)}</MessageBarBody>
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
                  <TableRow key={plan.id}>
                    <TableCell>
                      {plan.name}{' '}
                      {plan.isNew ? (
                        <Badge appearance="filled" color="informative">
                          New
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
