/** Download: every licensed user of a product as CSV, with assignment paths resolved to group names. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { getAllLicensedUsers } from '../../api/licensed-users';
import type { Product } from '../../api/types';
import { useNotify } from '../../components/toasts';
import { csvBlob, downloadFile } from '../../lib/csv';
import { summariseAssignments } from '../../lib/licensing/product-licenses';
import { licensedUsersCsv } from './licensed-users-csv';
import { loadEnglish } from '../../lib/i18n/english';
import { useT } from '../../lib/i18n/use-t';

export function useDownloadLicensedUsers(product: Product | undefined) {
  const client = useQueryClient();
  const notify = useNotify();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (!product) return;
    setBusy(true);
    try {
      const [users, englishT] = await Promise.all([
        getAllLicensedUsers(product.skuId, client),
        loadEnglish(),
      ]);
      const csv = licensedUsersCsv(users, product.name, (u) =>
        summariseAssignments(englishT, u.assignments, product.skuId),
      );
      downloadFile(`licensed-users-${product.partNumber || product.skuId}.csv`, csvBlob(csv));
      notify.success(
        t('products.download.ready'),
        t('products.download.readyBody', { count: users.length, product: product.name }),
      );
    } catch (error) {
      notify.error(t('products.download.failed'), error);
    } finally {
      setBusy(false);
    }
  };
  return { download, busy };
}
