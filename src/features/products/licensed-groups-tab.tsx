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
import { formatCount } from '../../lib/format';
import { GroupLicensesLink } from './group-licenses-link';
import { processingInWords } from '../../lib/licensing/words';

const usersInWords = (n: number) => (n === 1 ? '1 user' : `${formatCount(n)} users`);

function ErrorCount({ groupId }: { readonly groupId: GroupId }) {
  const query = useLicenseErrorCount(groupId);
  if (query.isPending)
    return (
      <Skeleton aria-label="Loading">
        <SkeletonItem size={16} style={{ width: 40 }} />
      </Skeleton>
    );
  if (query.isError) return <>{`Could not count (${query.error.message})`}</>;
  if (query.data === 0) return <>None</>;
  return (
    <Badge appearance="tint" color="danger">
      {usersInWords(query.data)}
    </Badge>
  );
}

function GroupRow({ group }: { readonly group: Group }) {
  return (
    <TableRow>
      <TableCell>
        <GroupLicensesLink group={group} />
      </TableCell>
      <TableCell>{processingInWords(group.processingState)}</TableCell>
      <TableCell>
        <ErrorCount groupId={group.id} />
      </TableCell>
    </TableRow>
  );
}

export function LicensedGroupsTab({ skuId }: { readonly skuId: SkuId }) {
  const query = useLicensedGroups(skuId);
  return (
    <QueryState
      query={query}
      data={query.data}
      loading="Loading licensed groups"
      error="Could not load licensed groups"
      isEmpty={(groups) => groups.length === 0}
      empty={
        <EmptyState
          title="No group assigns this product"
          description="Assign it to a group to license its members automatically."
        />
      }
    >
      {(groups) => (
        <Table aria-label="Licensed groups" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Group</TableHeaderCell>
              <TableHeaderCell>Processing state</TableHeaderCell>
              <TableHeaderCell>Members with license errors</TableHeaderCell>
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
