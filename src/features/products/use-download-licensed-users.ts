/** Download: every licensed user of a product as CSV, with assignment paths resolved to group names. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify } from '../../components/toasts';
import { csvBlob, downloadFile } from '../../lib/csv';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { summariseAssignments } from './assignment-paths';
import { licensedUsersCsv } from './licensed-users-csv';
import { productName } from './product-name';
import { nameResolver } from './use-group-name-resolver';
import { licensedGroupsQueryOptions } from './use-licensed-groups';
import { getAllLicensedUsers } from './use-licensed-users';

export function useDownloadLicensedUsers(sku: SubscribedSku | undefined) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (!sku?.skuId) return;
    const skuId = sku.skuId;
    setBusy(true);
    try {
      const [users, groups] = await Promise.all([
        getAllLicensedUsers(skuId),
        queryClient.query(licensedGroupsQueryOptions(skuId)),
      ]);
      const groupName = nameResolver(groups);
      const csv = licensedUsersCsv(users, productName(sku), (u) =>
        summariseAssignments(u, skuId, groupName),
      );
      downloadFile(`licensed-users-${sku.skuPartNumber ?? skuId}.csv`, csvBlob(csv));
      notify.success(
        'Download ready',
        `${users.length.toLocaleString('en-US')} licensed users of ${productName(sku)}.`,
      );
    } catch (error) {
      notify.error('Could not download licensed users', error);
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
