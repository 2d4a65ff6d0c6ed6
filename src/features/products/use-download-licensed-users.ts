/** Download: every licensed user of a product as CSV, with assignment paths resolved to group names. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getAllLicensedUsers } from '../../api/licensed-users';
import type { Product } from '../../api/types';
import { useNotify } from '../../components/toasts';
import { csvBlob, downloadFile } from '../../lib/csv';
import { formatCount } from '../../lib/format';
import { summariseAssignments } from '../../lib/licensing/product-licenses';
import { licensedUsersCsv } from './licensed-users-csv';

export function useDownloadLicensedUsers(product: Product | undefined) {
  const client = useQueryClient();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (!product) return;
    setBusy(true);
    try {
      const users = await getAllLicensedUsers(product.skuId, client);
      const csv = licensedUsersCsv(users, product.name, (u) =>
        summariseAssignments(u.assignments, product.skuId),
      );
      downloadFile(`licensed-users-${product.partNumber || product.skuId}.csv`, csvBlob(csv));
      notify.success(
        'Download ready',
        `${formatCount(users.length)} licensed users of ${product.name}.`,
      );
    } catch (error) {
      notify.error('Could not download licensed users', error);
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
