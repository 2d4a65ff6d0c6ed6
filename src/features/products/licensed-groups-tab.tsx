/** Product → Licensed groups: each group assigning the product, its processing state and members in error. */
import {
  Badge,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useLicenseErrorCount } from '../../api/group-members';
import { useLicensedGroups } from '../../api/groups';
import type { Group, GroupId, SkuId } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { GroupLicensesLink } from './group-licenses-link';
import { processingInWords } from '../../lib/licensing/words';
import { useT } from '../../lib/i18n/use-t';

function ErrorCount({ groupId }: { readonly groupId: GroupId }) {
  const query = useLicenseErrorCount(groupId);
  const t = useT();
  if (query.isPending)
    return (
      <Skeleton aria-label={t('products.groups.loadingCount')}>
        <SkeletonItem size={16} style={{ width: 40 }} />
      </Skeleton>
    );
  if (query.isError)
    return <>{t('products.groups.countFailed', { message: query.error.message })}</>;
  if (query.data === 0) return <>{t('products.groups.none')}</>;
  return (
    <Badge appearance="tint" color="danger">
      {t('products.groups.users', { count: query.data })}
    </Badge>
  );
}

function GroupRow({ group }: { readonly group: Group }) {
  const t = useT();
  return (
    <TableRow>
      <TableCell>
        <GroupLicensesLink group={group} />
      </TableCell>
      <TableCell>{processingInWords(t, group.processingState)}</TableCell>
      <TableCell>
        <ErrorCount groupId={group.id} />
      </TableCell>
    </TableRow>
  );
}

export function LicensedGroupsTab({ skuId }: { readonly skuId: SkuId }) {
  const query = useLicensedGroups(skuId);
  const t = useT();
  return (
    <QueryState
      query={query}
      data={query.data}
      loading={t('products.groups.loading')}
      error={t('products.groups.loadFailed')}
      isEmpty={(groups) => groups.length === 0}
      empty={
        <EmptyState
          title={t('products.groups.empty')}
          description={t('products.groups.emptyBody')}
        />
      }
    >
      {(groups) => (
        <Table aria-label={t('products.groups.table')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('products.groups.group')}</TableHeaderCell>
              <TableHeaderCell>{t('products.groups.processing')}</TableHeaderCell>
              <TableHeaderCell>{t('products.groups.errors')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group) => (
              <GroupRow key={group.id} group={group} />
            ))}
          </TableBody>
        </Table>
      )}
    </QueryState>
  );
}
