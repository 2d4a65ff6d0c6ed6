/** The Licenses toolbar: Assign (direct), Remove (the opened product's direct licence) and Reprocess. */
import { Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular, DeleteRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import type { User } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignLicenseDialog } from './assign-license-dialog';
import { initialPlanToggles } from './assign-plans';
import { useAssignDraftStore } from './assign-draft-store';
import { assigningGroupIds, productLicenses } from './license-model';
import { useAssignUserLicense } from './use-assign-user-license';
import { useGroupNames } from './use-group-names';
import { useReprocessUserLicense } from './use-reprocess-user-license';

const route = getRouteApi('/users/$userId');

export function LicenseCommands({
  user,
  openedSkuId,
}: {
  user: User;
  openedSkuId: string | undefined;
}) {
  const notify = useNotify();
  const navigate = route.useNavigate();
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState(false);
  const startDraft = useAssignDraftStore((s) => s.start);
  const names = useGroupNames(assigningGroupIds(user));
  const groupName = (id: string) => names.data?.[id] ?? id;
  const remove = useAssignUserLicense(user.id ?? '');
  const reprocess = useReprocessUserLicense(user.id ?? '');
  const opened = productLicenses(user).find((p) => p.skuId === openedSkuId);

  const openAssign = () => {
    startDraft(openedSkuId ?? null, openedSkuId ? initialPlanToggles(user, openedSkuId) : {});
    setAssigning(true);
  };
  const confirmRemove = () => {
    if (!opened) return;
    remove.mutate(
      { addLicenses: [], removeLicenses: [opened.skuId] },
      {
        onSuccess: () => {
          notify.success(
            'License removed',
            `The direct ${opened.name} license of ${user.displayName ?? ''} was removed.`,
          );
          setRemoving(false);
          if (opened.groupIds.length === 0)
            void navigate({ search: (prev) => ({ ...prev, product: undefined }) });
        },
        onError: (error) => {
          notify.error('Could not remove the license', error);
          setRemoving(false);
        },
      },
    );
  };
  const runReprocess = () => {
    reprocess.mutate(undefined, {
      onSuccess: () => {
        notify.success(
          'Reprocessed',
          `The licenses of ${user.displayName ?? ''} were processed again.`,
        );
      },
      onError: (error) => {
        notify.error('Could not reprocess', error);
      },
    });
  };

  const removeReason = !opened
    ? 'Open a product to remove its direct license.'
    : !opened.direct
      ? `This license is inherited from ${opened.groupIds.map(groupName).join(', ')}. Change the group's licenses instead.`
      : null;

  return (
    <>
      <Toolbar aria-label="License commands">
        <RequirePermission action="user.assignLicense">
          <ToolbarButton icon={<AddRegular />} onClick={openAssign}>
            Assign
          </ToolbarButton>
        </RequirePermission>
        {removeReason ? (
          <Tooltip content={removeReason} relationship="description" withArrow>
            <ToolbarButton icon={<DeleteRegular />} disabledFocusable>
              Remove
            </ToolbarButton>
          </Tooltip>
        ) : (
          <RequirePermission action="user.assignLicense">
            <ToolbarButton
              icon={<DeleteRegular />}
              onClick={() => {
                setRemoving(true);
              }}
            >
              Remove
            </ToolbarButton>
          </RequirePermission>
        )}
        <RequirePermission action="user.reprocess">
          <ToolbarButton
            icon={<ArrowSyncRegular />}
            disabled={reprocess.isPending}
            onClick={runReprocess}
          >
            Reprocess
          </ToolbarButton>
        </RequirePermission>
      </Toolbar>
      {assigning ? (
        <AssignLicenseDialog
          user={user}
          open
          onClose={() => {
            setAssigning(false);
          }}
          groupName={groupName}
        />
      ) : null}
      <ConfirmDialog
        open={removing}
        title="Remove the direct license?"
        confirmLabel="Remove"
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          setRemoving(false);
        }}
      >
        {opened && opened.groupIds.length > 0
          ? `${user.displayName ?? ''} keeps ${opened.name} through ${opened.groupIds.map(groupName).join(', ')}; only the plans the direct license added are lost.`
          : `${user.displayName ?? ''} loses ${opened?.name ?? 'this product'}. Its service data is kept for 30 days.`}
      </ConfirmDialog>
    </>
  );
}
