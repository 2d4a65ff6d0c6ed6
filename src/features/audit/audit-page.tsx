/** Audit logs (placeholder: the audit engineer replaces it). */
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import { Blade } from '../../components/blade';
import { EmptyState } from '../../components/empty-state';

export function AuditPage() {
  return (
    <Blade title="Audit logs" subtitle="Monitoring" icon={<DocumentBulletListRegular />}>
      <EmptyState title="Coming soon" description="This blade is being built." />
    </Blade>
  );
}
