/** Reprocess: retries the group's licence assignment for every member (the fix after freeing seats). */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { Group } from '../../api/types';
import { useReprocess } from '../../api/writes';
import { useNotify } from '../../components/toasts';
import { RequirePermission } from '../../lib/session/require-permission';

export function ReprocessButton({ group }: { readonly group: Group }) {
  const notify = useNotify();
  const reprocess = useReprocess();
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
                  'Reprocessing started',
                  `${group.displayName}'s licenses are being applied again.`,
                );
              },
              onError: (error) => {
                notify.error('Could not reprocess', error);
              },
            },
          );
        }}
      >
        Reprocess
      </ToolbarButton>
    </RequirePermission>
  );
}
