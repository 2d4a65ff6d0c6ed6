/** Unsaved plan changes: the badge, the impact preview, Save (confirming losses) and Discard. */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import type { AssignLicenseBody, Group, SubscribedSku } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { ImpactPreview } from './impact-preview';
import { usersLosing } from './impact-sentences';
import { useLicenseDraftStore } from './license-draft-store';
import { useAssignGroupLicense } from './use-assign-group-license';
import { usePreviewAssignLicense } from './use-preview-assign-license';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    // Stays in view while the admin scrolls through a long list of plan switches.
    position: 'sticky',
    top: 0,
    zIndex: 2,
    boxShadow: tokens.shadow4,
  },
});

export interface LicenseSaveBarProps {
  readonly group: Group;
  readonly draft: Readonly<Record<string, readonly string[]>>;
  readonly skus: readonly SubscribedSku[] | undefined;
  /** User members, for the confirmation when the preview is not available. */
  readonly userMemberCount: number;
}

export function LicenseSaveBar({ group, draft, skus, userMemberCount }: LicenseSaveBarProps) {
  const styles = useStyles();
  const notify = useNotify();
  const groupId = group.id ?? '';
  const discard = useLicenseDraftStore((s) => s.discard);
  const assign = useAssignGroupLicense(groupId);
  const [confirming, setConfirming] = useState(false);
  const saved = group.assignedLicenses ?? [];
  const changed = Object.keys(draft).filter((skuId) => saved.some((l) => l.skuId === skuId));
  const body: AssignLicenseBody | null =
    changed.length === 0
      ? null
      : {
          addLicenses: changed.map((skuId) => ({
            skuId,
            disabledPlans: [...(draft[skuId] ?? [])],
          })),
          removeLicenses: [],
        };
  const preview = usePreviewAssignLicense(groupId, body);
  if (body === null) return null;

  const turnedOff = changed.reduce((n, skuId) => {
    const before = saved.find((l) => l.skuId === skuId)?.disabledPlans ?? [];
    return n + (draft[skuId] ?? []).filter((id) => !before.includes(id)).length;
  }, 0);
  const losing = preview.data ? usersLosing(preview.data) : userMemberCount;

  const save = () => {
    assign.mutate(body, {
      onSuccess: () => {
        discard(groupId);
        setConfirming(false);
        notify.success(
          'License changes saved',
          `${group.displayName ?? 'The group'}'s members are being processed.`,
        );
      },
      onError: (error) => {
        setConfirming(false);
        notify.error('Could not save license changes', error);
      },
    });
  };

  return (
    <>
      <div className={styles.bar} role="region" aria-label="Unsaved changes">
        <Badge color="warning" appearance="filled">
          Unsaved changes
        </Badge>
        <span>{`${String(changed.length)} ${changed.length === 1 ? 'product' : 'products'} changed`}</span>
        <RequirePermission action="group.assignLicense">
          <Button
            appearance="primary"
            disabled={assign.isPending}
            onClick={() => {
              if (turnedOff > 0) setConfirming(true);
              else save();
            }}
          >
            Save
          </Button>
        </RequirePermission>
        <Button
          disabled={assign.isPending}
          onClick={() => {
            discard(groupId);
          }}
        >
          Discard
        </Button>
      </div>
      <ImpactPreview preview={preview.data} loading={preview.isFetching} skus={skus} />
      <ConfirmDialog
        open={confirming}
        title="Save license changes"
        confirmLabel="Save"
        busy={assign.isPending}
        onConfirm={save}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        {`${losing.toLocaleString('en-US')} ${losing === 1 ? 'user loses' : 'users lose'} service plans you turned off (${String(turnedOff)} ${turnedOff === 1 ? 'plan' : 'plans'}), unless another group or a direct assignment gives them. Save the changes?`}
      </ConfirmDialog>
    </>
  );
}
