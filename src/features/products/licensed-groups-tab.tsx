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
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { Group } from '../../lib/graph/graph-types';
import { PortalLink, groupLicensesHref } from './portal-link';
import { useLicensedGroups } from './use-licensed-groups';
import { useLicenseErrorCount } from './use-license-error-count';

const PROCESSING_WORDS: Record<string, string> = {
  QueuedForProcessing: 'Queued for processing',
  ProcessingInProgress: 'Processing',
  ProcessingComplete: 'Complete',
  ProcessingFailed: 'Failed',
};

export const processingInWords = (state: string | null | undefined): string =>
  PROCESSING_WORDS[state ?? ''] ?? state ?? 'Unknown';

function ErrorCount({ groupId }: { readonly groupId: string }) {
  const query = useLicenseErrorCount(groupId);
  if (query.isPending)
    return (
      <Skeleton aria-label="Loading">
        <SkeletonItem size={16} style={{ width: 40 }} />
      </Skeleton>
    );
  if (query.isError) return <>Could not count ({query.error.message})</>;
  if (query.data === 0) return <>None</>;
  return (
    <Badge appearance="tint" color="danger">
      {query.data === 1 ? '1 user' : `${String(query.data)} users`}
    </Badge>
  );
}

function GroupRow({ group }: { readonly group: Group }) {
  const id = group.id ?? '';
  return (
    <TableRow>
      <TableCell>
        <PortalLink href={groupLicensesHref(id)}>{group.displayName ?? id}</PortalLink>
      </TableCell>
      <TableCell>{processingInWords(group.licenseProcessingState?.state)}</TableCell>
      <TableCell>
        <ErrorCount groupId={id} />
      </TableCell>
    </TableRow>
  );
}

export function LicensedGroupsTab({ skuId }: { readonly skuId: string }) {
  const query = useLicensedGroups(skuId);
  if (query.isPending) return <Loading label="Loading licensed groups" />;
  if (query.isError)
    return (
      <ErrorMessage
        title="Could not load licensed groups"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.length === 0)
    return (
      <EmptyState
        title="No group assigns this product"
        description="Assign it to a group to license its members automatically."
      />
    );
  return (
    <Table aria-label="Licensed groups" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Group</TableHeaderCell>
          <TableHeaderCell>Processing state</TableHeaderCell>
          <TableHeaderCell>Members with license errors</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {query.data.map((group) => (
          <GroupRow key={group.id} group={group} />
        ))}
      </TableBody>
    </Table>
  );
}
