/**
 * The audit story of a processing run: `Start applying group based license to users` per group,
 * one `Change user license` per user whose licences moved (failure when a new error appeared),
 * then `Finish applying group based license to users` with the documented summary.
 */
import {
  messages,
  type AssignmentStateView,
  type ProcessingEvent,
  type UserLicenseChange,
} from '../../src/engine';
import {
  ACTIVITY,
  assignedLicenseText,
  changed,
  finishResultText,
  groupTarget,
  userTarget,
  type AuditFacts,
  type ModifiedProperty,
} from './audit';
import type { TenantStore } from './store';

const APP = { kind: 'app' } as const;

/** The admin-facing text of an entry's error. */
export function licenseErrorMessage(
  state: AssignmentStateView,
  usageLocation: string | null,
): string {
  const plans = state.errorPlans;
  switch (state.error) {
    case 'CountViolation':
      return messages.noAvailableLicenses(state.skuId);
    case 'MutuallyExclusiveViolation':
      return messages.mutuallyExclusive(plans);
    case 'DependencyViolation':
      return messages.dependsOn(plans[0] ?? '', plans.slice(1));
    case 'ProhibitedInUsageLocationViolation':
      return messages.prohibitedLocation(plans[0] ?? '', usageLocation ?? '');
    case 'UniquenessViolation':
      return messages.proxyInUse;
    case 'Other':
      return `License assignment failed because another license assigned by group ${state.assignedByGroup ?? ''} could not be assigned.`;
    case 'None':
      return '';
  }
}

function groupRef(store: TenantStore, groupId: string) {
  const extras = store.groups.get(groupId);
  return {
    id: groupId,
    displayName: extras?.displayName ?? null,
    unified: extras?.groupTypes.includes('Unified') ?? false,
  };
}

/** The facts of a `Change user license` record for one user's change. */
export function userChangeFacts(
  store: TenantStore,
  change: UserLicenseChange,
  groupIds: readonly string[],
): AuditFacts {
  const profile = store.tenant.profile(change.userId);
  const { before, after } = change;
  const props: ModifiedProperty[] = [];
  const oldText = assignedLicenseText(before.assignedLicenses, (id) => store.skuName(id));
  const newText = assignedLicenseText(after.assignedLicenses, (id) => store.skuName(id));
  props.push({ displayName: 'AssignedLicense', oldValue: oldText, newValue: newText });
  if (before.usageLocation !== after.usageLocation)
    props.push(changed('UsageLocation', before.usageLocation, after.usageLocation));
  const fresh = after.licenseAssignmentStates.filter(
    (s) =>
      s.error !== 'None' &&
      (groupIds.length === 0 ||
        (s.assignedByGroup !== null && groupIds.includes(s.assignedByGroup))) &&
      !before.licenseAssignmentStates.some(
        (b) =>
          b.skuId === s.skuId && b.assignedByGroup === s.assignedByGroup && b.error === s.error,
      ),
  );
  const reasons = fresh.map((s) => licenseErrorMessage(s, after.usageLocation));
  const target = userTarget(
    {
      id: change.userId,
      displayName: profile?.displayName ?? null,
      userPrincipalName: profile?.userPrincipalName ?? change.userId,
    },
    props,
  );
  return {
    category: 'UserManagement',
    activityDisplayName: ACTIVITY.changeUserLicense,
    operationType: 'Assign',
    targetResources: [target],
    result: reasons.length > 0 ? 'failure' : 'success',
    resultReason: reasons.join(' '),
    additionalDetails: reasons.map((value) => ({ key: 'Licensing Error Message', value })),
  };
}

/**
 * Writes the records of a batch of events. `correlation(jobId, started)` gives the correlation id
 * of a job (assigning one when it starts); `finished(jobId)` forgets it.
 */
export function recordProcessingEvents(
  store: TenantStore,
  events: readonly ProcessingEvent[],
  correlation: (jobId: number, started: boolean) => string,
  finished: (jobId: number) => void,
): void {
  for (const event of events) {
    if (event.type === 'jobStarted') {
      const id = correlation(event.jobId, true);
      for (const groupId of event.groupIds) {
        const licenses = store.tenant.group(groupId)?.assignedLicenses ?? [];
        const text = assignedLicenseText(licenses, (sku) => store.skuName(sku));
        store.record(APP, id, {
          category: 'GroupManagement',
          activityDisplayName: ACTIVITY.startApplying,
          operationType: 'Assign',
          targetResources: [
            groupTarget(groupRef(store, groupId), [
              { displayName: 'AssignedLicense', oldValue: '[]', newValue: text },
            ]),
          ],
          additionalDetails: [
            { key: 'Reason', value: event.reason },
            { key: 'Users to process', value: String(event.total) },
          ],
        });
      }
    } else if (event.type === 'userChanged') {
      if (store.perUserAudit)
        store.record(
          APP,
          correlation(event.jobId, false),
          userChangeFacts(store, event.change, event.groupIds),
        );
    } else {
      const id = correlation(event.jobId, false);
      for (const groupId of event.groupIds) {
        store.record(APP, id, {
          category: 'GroupManagement',
          activityDisplayName: ACTIVITY.finishApplying,
          operationType: 'Assign',
          targetResources: [
            groupTarget(groupRef(store, groupId), [
              {
                displayName: 'Result',
                oldValue: '[]',
                newValue: finishResultText(event.succeeded, event.failed),
              },
            ]),
          ],
        });
      }
      finished(event.jobId);
    }
  }
}
