/**
 * Which earlier record an entry reverses (issue #15 item 3). Graph's `directoryAudit` has no field
 * for "undo of", and the portal writes nothing Graph would not accept, so the link is found the way
 * an admin would: the latest earlier record of the same object whose change this entry's mirrors
 * (licences back from recorded to old, the rule back, the opposite membership change). It holds
 * for an undo made here and for the same reversal made anywhere else, in live mode as well.
 */
import { useAuditEntries } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { filter } from '../../lib/graph/odata';
import { sameLicenses, UNDO_ACTIVITIES, undoPlanOf, type UndoPlan } from './undo-plan';

/** The object a plan changed (the group, or the user), and the member for a membership change. */
function subjectOf(plan: UndoPlan): string {
  switch (plan.kind) {
    case 'groupLicense':
    case 'rule':
      return plan.group.id;
    case 'member':
      return `${plan.group.id}/${plan.member.id}`;
    case 'userLicense':
      return plan.user.id;
  }
}

/** Whether `later` takes back exactly what `earlier` did. */
export function mirrors(later: UndoPlan, earlier: UndoPlan): boolean {
  if (later.kind !== earlier.kind || subjectOf(later) !== subjectOf(earlier)) return false;
  switch (later.kind) {
    case 'groupLicense':
    case 'userLicense': {
      const before = earlier as typeof later;
      return sameLicenses(later.old, before.recorded) && sameLicenses(later.recorded, before.old);
    }
    case 'rule': {
      const before = earlier as typeof later;
      return later.old === before.recorded && later.recorded === before.old;
    }
    case 'member':
      return later.recorded !== (earlier as typeof later).recorded;
  }
}

/** The activity of the record an entry would reverse. */
function reversedActivity(entry: AuditEntry): string {
  switch (entry.activityDisplayName) {
    case UNDO_ACTIVITIES.addMember:
      return UNDO_ACTIVITIES.removeMember;
    case UNDO_ACTIVITIES.removeMember:
      return UNDO_ACTIVITIES.addMember;
    default:
      return entry.activityDisplayName;
  }
}

/** The `$filter` of the records of the same object and activity, up to the entry's time. */
export function reversedCandidatesFilter(entry: AuditEntry, plan: UndoPlan): string {
  const objectId = plan.kind === 'userLicense' ? plan.user.id : plan.group.id;
  return filter.and(
    filter.eq('activityDisplayName', reversedActivity(entry)),
    filter.any('targetResources', 'id', objectId),
    filter.dateLe('activityDateTime', entry.activityDateTime),
  );
}

/** The latest earlier record among `candidates` (newest first) that `entry` reverses. */
export function reversedRecord(
  entry: AuditEntry,
  candidates: readonly AuditEntry[],
): AuditEntry | null {
  const verdict = undoPlanOf(entry);
  if (!verdict.ok) return null;
  const self = candidates.findIndex((c) => c.id === entry.id);
  for (const candidate of candidates.slice(self + 1)) {
    if (candidate.id === entry.id) continue;
    const earlier = undoPlanOf(candidate);
    if (earlier.ok && mirrors(verdict.plan, earlier.plan)) return candidate;
  }
  return null;
}

/** The record an entry reverses, read from the log (null while reading, or when there is none). */
export function useReversedRecord(entry: AuditEntry, plan: UndoPlan): AuditEntry | null {
  const query = useAuditEntries(reversedCandidatesFilter(entry, plan));
  return reversedRecord(entry, query.data?.pages[0]?.items ?? []);
}
