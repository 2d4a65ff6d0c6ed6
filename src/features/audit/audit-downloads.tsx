/** Download the filtered audit log as CSV or JSON: every page (not only the loaded ones), up to a cap. */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { getAllAuditEntries } from '../../api/audit';
import { useNotify } from '../../components/toasts';
import { csvBlob, downloadFile } from '../../lib/csv';
import { formatCount } from '../../lib/format';
import { auditFilter } from './audit-filter';
import { AUDIT_DOWNLOAD_LIMIT } from './audit-limits';
import { auditsToCsv, auditsToJson } from './audit-export';
import type { AuditFilters } from './audit-search';

type Format = 'csv' | 'json';

const count = formatCount;

export function AuditDownloads({ filters }: { filters: AuditFilters }) {
  const notify = useNotify();
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
          'Download capped',
          `More than ${count(AUDIT_DOWNLOAD_LIMIT)} audit entries match these filters; the newest ${count(audits.length)} were saved as ${kind}. Narrow the date range or other filters to download the rest.`,
        );
      } else {
        notify.success('Download ready', `${count(audits.length)} audit entries saved as ${kind}.`);
      }
    },
    onError: (error) => {
      notify.error('Could not download the audit log', error);
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
        Download CSV
      </ToolbarButton>
      <ToolbarButton
        icon={<ArrowDownloadRegular />}
        disabled={download.isPending}
        onClick={() => {
          download.mutate('json');
        }}
      >
        Download JSON
      </ToolbarButton>
    </>
  );
}
