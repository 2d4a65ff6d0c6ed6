/**
 * Reclaim's confirmation: the groups of the selected users are read (static or dynamic, and the
 * rule), the plan is made for the admin's role, its preview shown with the total, and on confirm
 * the writes go through the data layer (`api/reclaim.ts`). What became of each user goes back to
 * the report, which says it.
 */
import { Body1Strong } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useGroupsById } from '../../api/groups-by-id';
import { useReclaim, type ReclaimResult } from '../../api/reclaim';
import type { InactiveUser } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import type { GroupId } from '../../lib/ids';
import { useT } from '../../lib/i18n/use-t';
import { usePermission } from '../../lib/session/use-permission';
import { reclaimPlan, reclaimRequests } from './reclaim-plan';
import { ReclaimPreview } from './reclaim-preview';

export interface ReclaimDialogProps {
  readonly users: readonly InactiveUser[];
  readonly onDone: (results: readonly ReclaimResult[]) => void;
  readonly onCancel: () => void;
}

export function ReclaimDialog({ users, onDone, onCancel }: ReclaimDialogProps) {
  const t = useT();
  const removeLicenses = usePermission('user.assignLicense').allowed;
  const removeMembers = usePermission('group.members').allowed;
  const groupIds = useMemo(() => {
    const ids = new Set<GroupId>();
    for (const u of users)
      for (const a of u.assignments) if (a.source.kind === 'group') ids.add(a.source.groupId);
    return [...ids];
  }, [users]);
  const read = useGroupsById(groupIds);
  const plan = useMemo(
    () =>
      read.groups &&
      reclaimPlan(users, new Map(read.groups.map((g) => [g.id, g])), {
        removeLicenses,
        removeMembers,
      }),
    [read.groups, users, removeLicenses, removeMembers],
  );
  const reclaim = useReclaim();
  const seats = plan?.seatsFreed.reduce((n, s) => n + s.count, 0) ?? 0;
  const memberships = plan?.users.reduce((n, u) => n + u.leaveGroups.length, 0) ?? 0;
  return (
    <ConfirmDialog
      open
      title={t('users.reclaim.title', { count: users.length })}
      confirmLabel={t('users.reclaim.action')}
      busy={reclaim.isPending}
      confirmDisabled={!plan || plan.changing === 0}
      onConfirm={() => {
        if (plan) reclaim.mutate(reclaimRequests(plan), { onSuccess: onDone });
      }}
      onCancel={onCancel}
    >
      {read.error ? (
        <ErrorMessage title={t('users.reclaim.loadFailed')} error={read.error} />
      ) : !plan ? (
        <Loading label={t('users.reclaim.loading')} rows={3} />
      ) : (
        <>
          <ReclaimPreview plan={plan} />
          <p>
            <Body1Strong>
              {plan.changing === 0
                ? t('users.reclaim.nothing')
                : t('users.reclaim.total', {
                    users: plan.changing,
                    licenses: plan.licensesRemoved,
                    memberships,
                    seats,
                  })}
            </Body1Strong>
          </p>
        </>
      )}
      {reclaim.error ? (
        <ErrorMessage title={t('users.reclaim.failedTitle')} error={reclaim.error} />
      ) : null}
    </ConfirmDialog>
  );
}
