/** Reprocess: retries the group's licence assignment for every member (the fix after freeing seats). */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { Group } from '../../api/types';
import { useReprocess } from '../../api/writes';
import { useNotify } from '../../components/toasts';
import { RequirePermission } from '../../lib/session/require-permission';
import { useT } from '../../lib/i18n/use-t';

export function ReprocessButton({ group }: { readonly group: Group }) {
  const notify = useNotify();
  const reprocess = useReprocess();
  const t = useT();
  return (
    <RequirePermission action="group.reprocess">
      <ToolbarButton
        icon={<ArrowSyncRegular />}
        disabled={group.licenses.length === 0 || reprocess.isPending}
        onClick={() => {
          reprocess.mutate(
            { kind: 'group', id: group.id },
            {
              onSuccess: () => {
                notify.success(
                  t('groups.reprocess.started'),
                  t('groups.reprocess.startedBody', { group: group.displayName }),
                );
              },
              onError: (error) => {
                notify.error(t('groups.reprocess.failed'), error);
              },
            },
          );
        }}
      >
        {t('groups.reprocess')}
      </ToolbarButton>
    </RequirePermission>
  );
}
