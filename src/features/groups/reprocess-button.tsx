/** Reprocess: retries the group's licence assignment for every member (the fix after freeing seats). */
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useNotify } from '../../components/toasts';
import type { Group } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { useReprocessGroup } from './use-reprocess-group';

export function ReprocessButton({ group }: { readonly group: Group }) {
  const notify = useNotify();
  const reprocess = useReprocessGroup(group.id ?? '');
  const licensed = (group.assignedLicenses ?? []).length > 0;
  return (
    <RequirePermission action="group.reprocess">
      <ToolbarButton
        icon={<ArrowSyncRegular />}
        disabled={!licensed || reprocess.isPending}
        onClick={() => {
          reprocess.mutate(undefined, {
            onSuccess: () => {
              notify.success(
                'Reprocessing started',
                `${group.displayName ?? 'The group'}'s licenses are being applied again.`,
              );
            },
            onError: (error) => {
              notify.error('Could not reprocess', error);
            },
          });
        }}
      >
        Reprocess
      </ToolbarButton>
    </RequirePermission>
  );
}
