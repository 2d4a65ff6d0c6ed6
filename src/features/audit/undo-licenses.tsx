/**
 * Undo of licence records: a group's `Set group license` (the group's own preview of the
 * assignLicense that restores its old licences) and an admin's direct `Change user license` (the
 * user's direct licences of the products the record touched). The reversal is computed against how
 * things are now, so it restores the old licences whatever changed since.
 */
import { useGroup } from '../../api/groups';
import { usePreviewAssignLicense } from '../../api/previews';
import { CopyPreview } from '../../hooks/tenant-copy/copy-preview';
import { useFreshCopyGuard } from '../../hooks/tenant-copy/stale-copy';
import { licenseChangeReach } from '../../hooks/tenant-copy/users-reached';
import type { AuditEntry } from '../../api/types';
import { useUser } from '../../api/users';
import { useAssignLicense } from '../../api/writes';
import { ImpactPreview } from '../../hooks/assign/impact-preview';
import { useT } from '../../lib/i18n/use-t';
import { licenseValueOf, type LicenseValue } from './license-value';
import { nowOf, UndoFrame, type UndoNow } from './undo-frame';
import { restoringChange, sameLicenses, type UndoPlan } from './undo-plan';
import { licensesInWords, ReversalChanges, SeatsTaken, useUndoOutcome } from './undo-words';

type Plan<K extends UndoPlan['kind']> = Extract<UndoPlan, { kind: K }>;

export interface UndoKindProps<K extends UndoPlan['kind']> {
  readonly entry: AuditEntry;
  readonly plan: Plan<K>;
  readonly onClose: () => void;
}

/** How a licence list is now against the record: nothing to do, or ready (changed since or not). */
function licensesNow(
  t: ReturnType<typeof useT>,
  current: readonly LicenseValue[],
  plan: { readonly old: readonly LicenseValue[]; readonly recorded: readonly LicenseValue[] },
): UndoNow {
  if (sameLicenses(current, plan.old)) return { status: 'nothing' };
  return {
    status: 'ready',
    changedSince: sameLicenses(current, plan.recorded)
      ? null
      : [
          {
            item: t('audit.undo.item.licenses'),
            old: licensesInWords(t, plan.old),
            recorded: licensesInWords(t, plan.recorded),
            current: licensesInWords(t, current),
          },
        ],
  };
}

export function GroupLicenseUndo({ entry, plan, onClose }: UndoKindProps<'groupLicense'>) {
  const t = useT();
  const group = useGroup(plan.group.id);
  const assign = useAssignLicense();
  const current = group.data?.licenses.map((l) => licenseValueOf(l.skuId, l.disabledPlans)) ?? [];
  const change = group.data ? restoringChange(current, plan.old) : null;
  const now = nowOf([group]) ?? licensesNow(t, current, plan);
  const preview = usePreviewAssignLicense(plan.group.id, now.status === 'ready' ? change : null);
  const name = group.data?.displayName ?? plan.group.name;
  const outcome = useUndoOutcome(entry, name, onClose);
  const fresh = useFreshCopyGuard('undo');
  return (
    <>
      <UndoFrame
        entry={entry}
        name={name}
        now={now}
        restores={t('audit.undo.restores.groupLicense', { group: name })}
        preview={
          <>
            <ReversalChanges from={current} to={plan.old} />
            <CopyPreview>
              <ImpactPreview preview={preview.data} fetching={preview.isFetching} />
            </CopyPreview>
          </>
        }
        busy={assign.isPending}
        failure={assign.error}
        onConfirm={() => {
          if (change)
            fresh.guard(preview.data ? licenseChangeReach(preview.data) : 0, () => {
              assign.mutate({ target: { kind: 'group', id: plan.group.id }, change }, outcome);
            });
        }}
        onClose={onClose}
      />
      {fresh.dialog}
    </>
  );
}

export function UserLicenseUndo({ entry, plan, onClose }: UndoKindProps<'userLicense'>) {
  const t = useT();
  const user = useUser(plan.user.id);
  const assign = useAssignLicense();
  const touched = new Set([...plan.old, ...plan.recorded].map((l) => l.skuId.toLowerCase()));
  const current =
    user.data?.assignments
      .filter((a) => a.source.kind === 'direct' && touched.has(a.skuId))
      .map((a) => licenseValueOf(a.skuId, a.disabledPlans)) ?? [];
  const change = user.data ? restoringChange(current, plan.old) : null;
  const now = nowOf([user]) ?? licensesNow(t, current, plan);
  const name = user.data?.displayName ?? plan.user.name;
  const outcome = useUndoOutcome(entry, name, onClose);
  const held = new Set(current.map((l) => l.skuId.toLowerCase()));
  return (
    <UndoFrame
      entry={entry}
      name={name}
      now={now}
      restores={t('audit.undo.restores.userLicense', { user: name })}
      preview={
        <>
          <ReversalChanges from={current} to={plan.old} />
          <SeatsTaken
            skuIds={plan.old.map((l) => l.skuId).filter((id) => !held.has(id.toLowerCase()))}
          />
        </>
      }
      busy={assign.isPending}
      failure={assign.error}
      onConfirm={() => {
        if (change) assign.mutate({ target: { kind: 'user', id: plan.user.id }, change }, outcome);
      }}
      onClose={onClose}
    />
  );
}
