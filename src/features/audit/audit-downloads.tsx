/** Download the filtered audit log as CSV or JSON (every page, not only the loaded ones). */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMutation } from '@tanstack/react-query';
import { useNotify } from '../../components/toasts';
import { auditsToCsv, auditsToJson, saveFile } from './audit-export';
import type { AuditFilters } from './audit-search';
import { getAllDirectoryAudits } from './use-directory-audits';

type Format = 'csv' | 'json';

export function AuditDownloads({ filters }: { filters: AuditFilters }) {
  const notify = useNotify();
  const download = useMutation({
    mutationFn: async (format: Format) => ({ format, audits: await getAllDirectoryAudits(filters) }),
    onSuccess: ({ format, audits }) => {
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv') saveFile(`AuditLogs_${stamp}.csv`, auditsToCsv(audits), 'text/csv;charset=utf-8');
      else saveFile(`AuditLogs_${stamp}.json`, auditsToJson(audits), 'application/json');
      notify.success('Download ready', `${audits.length.toLocaleString('en-US')} audit entries saved as ${format.toUpperCase()}.`);
    },
    onError: (error) => { notify.error('Could not download the audit log', error); },
  });
  return (
    <>
      <ToolbarButton icon={<ArrowDownloadRegular />} disabled={download.isPending} onClick={() => { download.mutate('csv'); }}>Download CSV</ToolbarButton>
      <ToolbarButton icon={<ArrowDownloadRegular />} disabled={download.isPending} onClick={() => { download.mutate('json'); }}>Download JSON</ToolbarButton>
    </>
  );
}
