/**
 * Licenses: each product the user holds, with its assignment paths (Direct, Inherited (group)),
 * state and error in words. Opening a product (`?product=`) shows its service plans and sources.
 * The tab's commands (Assign, Remove, Reprocess) head its panel, under the tab strip.
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
import type { NamedAssignment, SkuId, User } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { errorLine } from '../../lib/licensing/error-explanations';
import { pathInWords, productLicenses } from '../../lib/licensing/product-licenses';
import { stateInWords } from '../../lib/licensing/words';
import { LicenseCommands } from './license-commands';
import { ProductPlansPanel } from './product-plans-panel';
import { SuspendedPlans } from './suspended-plans';
import { useT, type Translate } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/$userId');

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  opened: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const pathKey = (path: NamedAssignment) =>
  path.source.kind === 'group' ? path.source.groupId : 'direct';

/** "Active", or "Error: Not enough licenses: every … is already assigned." */
const stateLine = (t: Translate, path: NamedAssignment, user: User) =>
  path.error === null
    ? stateInWords(t, path.state)
    : t('users.lic.stateError', {
        state: stateInWords(t, path.state),
        error: errorLine(t, path, user),
      });

export function UserLicensesTab({
  user,
  openedSkuId,
}: {
  readonly user: User;
  readonly openedSkuId: SkuId | undefined;
}) {
  const styles = useStyles();
  const t = useT();
  const navigate = route.useNavigate();
  const products = productLicenses(user.assignments);
  const open = (skuId: SkuId | undefined) =>
    void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
  const opened = products.find((p) => p.skuId === openedSkuId);
  const commands = <LicenseCommands user={user} openedSkuId={openedSkuId} />;
  if (products.length === 0)
    return (
      <>
        {commands}
        <EmptyState title={t('users.lic.none')} description={t('users.lic.noneBody')} />
        <SuspendedPlans user={user} />
      </>
    );
  return (
    <>
      {commands}
      <Table aria-label={t('users.lic.table')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('users.lic.product')}</TableHeaderCell>
            <TableHeaderCell>{t('users.lic.paths')}</TableHeaderCell>
            <TableHeaderCell>{t('users.lic.state')}</TableHeaderCell>
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
                    <li key={pathKey(path)}>{pathInWords(t, path.source)}</li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                <ul className={styles.list}>
                  {product.paths.map((path) => (
                    <li key={pathKey(path)}>
                      {path.error === null ? (
                        stateLine(t, path, user)
                      ) : (
                        <Text className={styles.error}>{stateLine(t, path, user)}</Text>
                      )}
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SuspendedPlans user={user} />
      {opened ? (
        <ProductPlansPanel
          user={user}
          product={opened}
          onClose={() => {
            open(undefined);
          }}
        />
      ) : null}
    </>
  );
}
