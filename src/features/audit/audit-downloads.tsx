/** Download the filtered audit log as CSV or JSON: every page (not only the loaded ones), up to a cap. */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { getAllAuditEntries } from '../../api/audit';
import { useNotify } from '../../components/toasts';
import { csvBlob, downloadFile } from '../../lib/csv';
import { useT } from '../../lib/i18n/use-t';
import { auditFilter } from './audit-filter';
import { AUDIT_DOWNLOAD_LIMIT } from './audit-limits';
import { auditsToCsv, auditsToJson } from './audit-export';
import type { AuditFilters } from './audit-search';

type Format = 'csv' | 'json';

export function AuditDownloads({ filters }: { filters: AuditFilters }) {
  const notify = useNotify();
  const t = useT();
  const download = useMutation({
    mutationFn: async (format: Format) => ({
      format,
      ...(await getAllAuditEntries(auditFilter(filters), AUDIT_DOWNLOAD_LIMIT)),
    }),
    onSuccess: ({ format, entries: audits, capped }) => {
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') downloadFile(`AuditLogs_${stamp}.csv`, csvBlob(auditsToCsv(audits)));
      else
        downloadFile(
          `AuditLogs_${stamp}.json`,
          new Blob([auditsToJson(audits)], { type: 'application/json' }),
        );
      const kind = format.toUpperCase();
      if (capped) {
        notify.warning(
          t('audit.download.capped'),
          t('audit.download.cappedBody', {
            limit: AUDIT_DOWNLOAD_LIMIT,
            count: audits.length,
            kind,
          }),
        );
      } else {
        notify.success(
          t('audit.download.ready'),
          t('audit.download.readyBody', { count: audits.length, kind }),
        );
      }
    },
    onError: (error) => {
      notify.error(t('audit.download.failed'), error);
    },
  });
  return (
    <>
      <ToolbarButton
        icon={<ArrowDownloadRegular />}
        disabled={download.isPending}
        onClick={() => {
          download.mutate('csv');
        }}
      >
        {t('audit.download.csv')}
      </ToolbarButton>
      <ToolbarButton
        icon={<ArrowDownloadRegular />}
        disabled={download.isPending}
        onClick={() => {
          download.mutate('json');
        }}
      >
        {t('audit.download.json')}
      </ToolbarButton>
    </>
  );
}
