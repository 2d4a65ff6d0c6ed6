/** The Licenses toolbar: Assign (direct), Reprocess and Remove (the opened product's direct licence). */
import { Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular, DeleteRegular } from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type ReactElement } from 'react';
import type { SkuId, User } from '../../api/types';
import { useAssignLicense, useReprocess } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import { productLicenses, type ProductLicense } from '../../lib/licensing/product-licenses';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignDialog } from '../../hooks/assign/assign-dialog';
import { useT, type Translate } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/$userId');

const groupNames = (product: ProductLicense) => product.groups.map((g) => g.groupName).join(', ');

/** Why Remove is off, or null when it may be used. */
function removeReason(t: Translate, opened: ProductLicense | undefined): string | null {
  if (!opened) return t('users.cmd.openFirst');
  if (!opened.direct) return t('users.cmd.inherited', { groups: groupNames(opened) });
  return null;
}

function removeQuestion(t: Translate, user: User, opened: ProductLicense | undefined): string {
  if (opened && opened.groups.length > 0)
    return t('users.cmd.keeps', {
      user: user.displayName,
      product: opened.name,
      groups: groupNames(opened),
    });
  return opened
    ? t('users.cmd.loses', { user: user.displayName, product: opened.name })
    : t('users.cmd.losesUnknown', { user: user.displayName });
}

/**
 * A command that cannot be used here: visible, focusable, and saying why on hover or focus, in a
 * tooltip after it. Remove comes last, so its reason lies in the bar's empty end: above, it would
 * cover the tab strip and the user's name; below, the licences' headings.
 */
function RefusedButton({
  reason,
  icon,
  children,
}: {
  readonly reason: string;
  readonly icon: ReactElement;
  readonly children: string;
}) {
  return (
    <Tooltip content={reason} relationship="description" positioning="after" withArrow>
      <ToolbarButton icon={icon} disabledFocusable>
        {children}
      </ToolbarButton>
    </Tooltip>
  );
}

export function LicenseCommands({
  user,
  openedSkuId,
}: {
  readonly user: User;
  readonly openedSkuId: SkuId | undefined;
}) {
  const notify = useNotify();
  const t = useT();
  const navigate = route.useNavigate();
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useAssignLicense();
  const reprocess = useReprocess();
  const opened = productLicenses(user.assignments).find((p) => p.skuId === openedSkuId);
  const target = { kind: 'user', id: user.id } as const;
  const refused = removeReason(t, opened);

  const confirmRemove = () => {
    if (!opened) return;
    remove.mutate(
      { target, change: { add: [], remove: [opened.skuId] } },
      {
        onSuccess: () => {
          notify.success(
            t('users.cmd.removed'),
            t('users.cmd.removedBody', { product: opened.name, user: user.displayName }),
          );
          setRemoving(false);
          if (opened.groups.length === 0)
            void navigate({ search: (prev) => ({ ...prev, product: undefined }) });
        },
        onError: (error) => {
          notify.error(t('users.cmd.removeFailed'), error);
          setRemoving(false);
        },
      },
    );
  };

  const runReprocess = () => {
    reprocess.mutate(target, {
      onSuccess: () => {
        notify.success(
          t('users.cmd.reprocessed'),
          t('users.cmd.reprocessedBody', { user: user.displayName }),
        );
      },
      onError: (error) => {
        notify.error(t('users.cmd.reprocessFailed'), error);
      },
    });
  };

  return (
    <>
      <Toolbar aria-label={t('users.cmd.commands')}>
        <RequirePermission action="user.assignLicense">
          <ToolbarButton
            icon={<AddRegular />}
            onClick={() => {
              setAssigning(true);
            }}
          >
            {t('users.cmd.assign')}
          </ToolbarButton>
        </RequirePermission>
        {user.assignments.length === 0 ? (
          <RefusedButton
            reason={t('users.cmd.nothingToReprocess', { user: user.displayName })}
            icon={<ArrowSyncRegular />}
          >
            {t('users.cmd.reprocess')}
          </RefusedButton>
        ) : (
          <RequirePermission action="user.reprocess">
            <ToolbarButton
              icon={<ArrowSyncRegular />}
              disabled={reprocess.isPending}
              onClick={runReprocess}
            >
              {t('users.cmd.reprocess')}
            </ToolbarButton>
          </RequirePermission>
        )}
        {refused ? (
          <RefusedButton reason={refused} icon={<DeleteRegular />}>
            {t('users.cmd.remove')}
          </RefusedButton>
        ) : (
          <RequirePermission action="user.assignLicense">
            <ToolbarButton
              icon={<DeleteRegular />}
              onClick={() => {
                setRemoving(true);
              }}
            >
              {t('users.cmd.remove')}
            </ToolbarButton>
          </RequirePermission>
        )}
      </Toolbar>
      {assigning ? (
        <AssignDialog
          target={{ kind: 'user', user }}
          initialSkuId={openedSkuId}
          onAssigned={(skuId) => {
            void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
          }}
          onClose={() => {
            setAssigning(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing}
        title={t('users.cmd.removeTitle')}
        confirmLabel={t('users.cmd.remove')}
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          setRemoving(false);
        }}
      >
        {removeQuestion(t, user, opened)}
      </ConfirmDialog>
    </>
  );
}
