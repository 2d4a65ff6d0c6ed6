/**
 * Licenses: each product the user holds, with its assignment paths (Direct, Inherited (group)),
 * state and error in words. Opening a product (`?product=`) shows its service plans and sources.
 */
import {
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { getRouteApi } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state';
import type { User } from '../../lib/graph/graph-types';
import { errorText } from './license-errors';
import { assigningGroupIds, pathLabel, productLicenses } from './license-model';
import { ProductPlansPanel } from './product-plans-panel';
import { useGroupNames } from './use-group-names';

const route = getRouteApi('/users/$userId');

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  opened: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

export function UserLicensesTab({
  user,
  openedSkuId,
}: {
  user: User;
  openedSkuId: string | undefined;
}) {
  const styles = useStyles();
  const navigate = route.useNavigate();
  const products = productLicenses(user);
  const names = useGroupNames(assigningGroupIds(user));
  const groupName = (id: string) => names.data?.[id] ?? (names.isPending ? 'Loading group…' : id);
  const open = (skuId: string | undefined) =>
    void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
  const opened = products.find((p) => p.skuId === openedSkuId);

  if (products.length === 0)
    return (
      <EmptyState
        title="No licenses"
        description="This user has no licenses, directly or through a group. Use Assign to give one."
      />
    );

  return (
    <>
      <Table aria-label="Licenses" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Product</TableHeaderCell>
            <TableHeaderCell>Assignment paths</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {products.map((product) => (
            <TableRow
              key={product.skuId}
              aria-selected={product.skuId === openedSkuId}
              className={product.skuId === openedSkuId ? styles.opened : undefined}
            >
              <TableCell>
                <Link
                  onClick={() => {
                    open(product.skuId);
                  }}
                >
                  {product.name}
                </Link>
              </TableCell>
              <TableCell>
                <ul className={styles.list}>
                  {product.paths.map((path) => (
                    <li key={path.source.kind === 'group' ? path.source.groupId : 'direct'}>
                      {pathLabel(path.source, groupName)}
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                <ul className={styles.list}>
                  {product.paths.map((path) => (
                    <li key={path.source.kind === 'group' ? path.source.groupId : 'direct'}>
                      {path.error === 'None' ? (
                        path.state
                      ) : (
                        <Text
                          className={styles.error}
                        >{`${path.state}: ${errorText(user, product.skuId, path.error, path.disabledPlans)}`}</Text>
                      )}
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {opened ? (
        <ProductPlansPanel
          user={user}
          product={opened}
          groupName={groupName}
          onClose={() => {
            open(undefined);
          }}
        />
      ) : null}
    </>
  );
}
