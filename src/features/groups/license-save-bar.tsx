/** Unsaved plan changes: the badge, the impact preview, Save (confirming losses) and Discard. */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { usePreviewAssignLicense } from '../../api/previews';
import { CopyPreview } from '../../hooks/tenant-copy/copy-preview';
import { useFreshCopyGuard } from '../../hooks/tenant-copy/stale-copy';
import { licenseChangeReach } from '../../hooks/tenant-copy/users-reached';
import type { Group } from '../../api/types';
import { useAssignLicense, type LicenseChange } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNotify } from '../../components/toasts';
import { RequirePermission } from '../../lib/session/require-permission';
import { ImpactPreview } from '../../hooks/assign/impact-preview';
import { useLicenseDraftStore, type GroupDraft } from './license-draft-store';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  // The bar and the preview stay in view together while the admin scrolls down a long list of
  // plan switches (Office 365 E5 has 36): the preview answers the switch just toggled.
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    // The blade's own background, so switches scrolling under it do not show through the gaps.
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    boxShadow: tokens.shadow4,
  },
  // A preview of many toggles scrolls inside itself rather than covering the switches.
  preview: { maxHeight: '30vh', overflowY: 'auto' },
});

export interface LicenseSaveBarProps {
  readonly group: Group;
  readonly draft: GroupDraft;
  /** User members, for the confirmation when no preview is offered (a real tenant). */
  readonly userMemberCount: number;
}

/** The drafted licences of products the group still assigns, as one licence change. */
function changeOf(group: Group, draft: GroupDraft): LicenseChange | null {
  const add = group.licenses.flatMap((license) => {
    const disabledPlans = draft[license.skuId];
    return disabledPlans ? [{ skuId: license.skuId, disabledPlans }] : [];
  });
  return add.length === 0 ? null : { add, remove: [] };
}

/** How many plans the draft turns off that were on. */
const turnedOff = (group: Group, change: LicenseChange) =>
  change.add.reduce((count, { skuId, disabledPlans }) => {
    const before = group.licenses.find((l) => l.skuId === skuId)?.disabledPlans ?? [];
    return count + disabledPlans.filter((id) => !before.includes(id)).length;
  }, 0);

export function LicenseSaveBar({ group, draft, userMemberCount }: LicenseSaveBarProps) {
  const styles = useStyles();
  const notify = useNotify();
  const t = useT();
  const discard = useLicenseDraftStore((s) => s.discard);
  const assign = useAssignLicense();
  const [confirming, setConfirming] = useState(false);
  const change = useMemo(() => changeOf(group, draft), [group, draft]);
  const preview = usePreviewAssignLicense(group.id, change);
  const fresh = useFreshCopyGuard();
  if (change === null) return null;
  const off = turnedOff(group, change);
  const losing = preview.data ? preview.data.usersLosing : userMemberCount;

  const save = () => {
    assign.mutate(
      { target: { kind: 'group', id: group.id }, change },
      {
        onSuccess: () => {
          discard(group.id);
          setConfirming(false);
          notify.success(
            t('groups.save.saved'),
            t('groups.save.savedBody', { group: group.displayName }),
          );
        },
        onError: (error) => {
          setConfirming(false);
          notify.error(t('groups.save.failed'), error);
        },
      },
    );
  };

  return (
    <div className={styles.sticky}>
      <div className={styles.bar} role="region" aria-label={t('groups.save.unsaved')}>
        <Badge color="warning" appearance="filled">
          {t('groups.save.unsaved')}
        </Badge>
        <span>{t('groups.save.changed', { count: change.add.length })}</span>
        <RequirePermission action="group.assignLicense">
          <Button
            appearance="primary"
            disabled={assign.isPending}
            onClick={() => {
              fresh.guard(preview.data ? licenseChangeReach(preview.data) : 0, () => {
                if (off > 0) setConfirming(true);
                else save();
              });
            }}
          >
            {t('groups.save.save')}
          </Button>
        </RequirePermission>
        <Button
          disabled={assign.isPending}
          onClick={() => {
            discard(group.id);
          }}
        >
          {t('groups.save.discard')}
        </Button>
      </div>
      <div className={styles.preview}>
        <CopyPreview>
          <ImpactPreview preview={preview.data} fetching={preview.isFetching} />
        </CopyPreview>
      </div>
      {fresh.dialog}
      <ConfirmDialog
        open={confirming}
        title={t('groups.save.title')}
        confirmLabel={t('groups.save.save')}
        busy={assign.isPending}
        onConfirm={save}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        {t('groups.save.question', { losing, plans: off })}
      </ConfirmDialog>
    </div>
  );
}
