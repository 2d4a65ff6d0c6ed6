/**
 * The admin's licensing words, each in one place: licence error codes, assignment states, group
 * licence processing states, assignment paths and group kinds. Graph's codes stay as Graph sends
 * them on the wire and in the audit log; here they become the words the blades show.
 *
 * The words are the catalog's (`messages/<lang>/licensing.ts`); each function takes the
 * translator of the admin's language.
 *
 * Error titles are the portal's own labels for Graph's codes (LICENSING.md "Assignment";
 * reference/entra-licensing-research.md §3.7), one wording per code on every blade. `Other` is the
 * portal's bare "Other"; it is worded after LICENSING.md rule 6 (all or nothing per group), which
 * is the only way this project produces it.
 */
import { isMessageIdIn } from '../i18n/messages';
import { licensing } from '../i18n/messages/en/licensing';
import type { MessageId } from '../i18n/messages';
import type { Translate } from '../i18n/use-t';
import type { ProcessingProgress } from '../../api/types';

/** An error code in words; an unknown code as Graph sent it. */
export function errorTitle(t: Translate, code: string): string {
  const id = `licensing.error.${code}`;
  return isMessageIdIn(licensing, id) ? t(id) : code;
}

/** A `licenseAssignmentState.state` in words. */
export function stateInWords(t: Translate, state: string): string {
  const id = `licensing.state.${state}`;
  return isMessageIdIn(licensing, id) ? t(id) : state;
}

/**
 * A group's `licenseProcessingState` in words; a group without licences is "Not licensed". With
 * the emulator's progress: "Queued for processing: 60,000 users", "Processing 12,000 of 60,000
 * users".
 */
export function processingInWords(
  t: Translate,
  state: string | null,
  progress: ProcessingProgress | null = null,
): string {
  if (state === null) return t('licensing.processing.notLicensed');
  if (progress && state === 'QueuedForProcessing')
    return t('licensing.processing.queuedCount', { total: progress.total });
  if (progress && state === 'ProcessingInProgress')
    return t('licensing.processing.progress', {
      processed: Math.min(progress.processed, progress.total),
      total: progress.total,
    });
  const id = `licensing.processing.${state}`;
  return isMessageIdIn(licensing, id) ? t(id) : state;
}

/** An assignment path's source: "Direct", or the group's name. */
export const directInWords = (t: Translate): string => t('licensing.path.direct');

/** The paths of one product: "Direct, Inherited (E3 base services, Sales)". */
export function pathsInWords(t: Translate, direct: boolean, groupNames: readonly string[]): string {
  const groups = groupNames.join(', ');
  if (groupNames.length === 0) return direct ? t('licensing.path.direct') : '';
  return t(direct ? 'licensing.path.directAndInherited' : 'licensing.path.inherited', { groups });
}

/** A group's kind: Microsoft 365, Security or Distribution. */
export function groupTypeInWords(
  t: Translate,
  group: { readonly isMicrosoft365: boolean; readonly securityEnabled: boolean },
): string {
  if (group.isMicrosoft365) return t('licensing.groupType.microsoft365');
  return t(
    group.securityEnabled ? 'licensing.groupType.security' : 'licensing.groupType.distribution',
  );
}

/** How a group gets its members: Dynamic (a rule) or Assigned (by hand). */
export const membershipTypeInWords = (
  t: Translate,
  group: { readonly isDynamic: boolean },
): string => t(group.isDynamic ? 'licensing.membership.dynamic' : 'licensing.membership.assigned');

/** A service plan switched on or off. */
export const planSwitchWords = (t: Translate) =>
  ({ on: t('licensing.plan.on'), off: t('licensing.plan.off') }) as const;

/**
 * What the user has of a plan: On, Off (never held, or turned off), or what became of a plan the
 * user lost (LICENSING.md rule 9): Suspended (its data kept for the grace period) or Deleted.
 */
export type PlanStatus = 'on' | 'off' | 'suspended' | 'deleted';

const PLAN_STATUS_WORDS: Readonly<Record<PlanStatus, MessageId>> = {
  on: 'licensing.plan.on',
  off: 'licensing.plan.off',
  suspended: 'licensing.plan.suspended',
  deleted: 'licensing.plan.deleted',
};

/** A user's plan in a plan list: On, Off, Suspended or Deleted. */
export const planStatusInWords = (t: Translate, status: PlanStatus): string =>
  t(PLAN_STATUS_WORDS[status]);
