/** The Licenses toolbar: Assign (direct), Remove (the opened product's direct licence) and Reprocess. */
import { Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular, DeleteRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { SkuId, User } from '../../api/types';
import { useAssignLicense, useReprocess } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import { productLicenses, type ProductLicense } from '../../lib/licensing/product-licenses';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignLicenseDialog } from './assign-license-dialog';

const route = getRouteApi('/users/$userId');

const groupNames = (product: ProductLicense) => product.groups.map((g) => g.groupName).join(', ');

/** Why Remove is off, or null when it may be used. */
function removeReason(opened: ProductLicense | undefined): string | null {
  if (!opened) return 'Open a product to remove its direct license.';
  if (!opened.direct)
    return `This license is inherited from ${groupNames(opened)}. Change the group's licenses instead.`;
  return null;
}

function removeQuestion(user: User, opened: ProductLicense | undefined): string {
  if (opened && opened.groups.length > 0)
    return `${user.displayName} keeps ${opened.name} through ${groupNames(opened)}; only the plans the direct license added are lost.`;
  return `${user.displayName} loses ${opened?.name ?? 'this product'}. Its service data is kept for 30 days.`;
}

export function LicenseCommands({
  user,
  openedSkuId,
}: {
  readonly user: User;
  readonly openedSkuId: SkuId | undefined;
}) {
  const notify = useNotify();
  const navigate = route.useNavigate();
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useAssignLicense();
  const reprocess = useReprocess();
  const opened = productLicenses(user.assignments).find((p) => p.skuId === openedSkuId);
  const target = { kind: 'user', id: user.id } as const;
  const refused = removeReason(opened);

  const confirmRemove = () => {
    if (!opened) return;
    remove.mutate(
      { target, change: { add: [], remove: [opened.skuId] } },
      {
        onSuccess: () => {
          notify.success(
            'License removed',
            `The direct ${opened.name} license of ${user.displayName} was removed.`,
          );
          setRemoving(false);
          if (opened.groups.length === 0)
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
    reprocess.mutate(target, {
      onSuccess: () => {
        notify.success('Reprocessed', `The licenses of ${user.displayName} were processed again.`);
      },
      onError: (error) => {
        notify.error('Could not reprocess', error);
      },
    });
  };

  return (
    <>
      <Toolbar aria-label="License commands">
        <RequirePermission action="user.assignLicense">
          <ToolbarButton
            icon={<AddRegular />}
            onClick={() => {
              setAssigning(true);
            }}
          >
            Assign
          </ToolbarButton>
        </RequirePermission>
        {refused ? (
          <Tooltip content={refused} relationship="description" withArrow>
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
          initialSkuId={openedSkuId}
          onClose={() => {
            setAssigning(false);
          }}
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
        {removeQuestion(user, opened)}
      </ConfirmDialog>
    </>
  );
}
