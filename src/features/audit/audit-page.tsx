/** Audit logs (`/audit?activity=&target=&initiatedBy=&category=&result=&from=&to=&entry=&run=`): a filtered view is a link. */
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { Blade } from '../../components/blade';
import { useT } from '../../lib/i18n/use-t';
import { AuditLogView } from './audit-log-view';

const route = getRouteApi('/audit');

export function AuditPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const t = useT();
  return (
    <Blade
      title={t('audit.title')}
      subtitle={t('audit.subtitle')}
      icon={<DocumentBulletListRegular />}
    >
      <AuditLogView
        search={search}
        onSearchChange={(next, replace) => void navigate({ search: next, replace })}
      />
    </Blade>
  );
}
