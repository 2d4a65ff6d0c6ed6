/**
 * Reclaim (issue #15, inactive licensed users): for each user, their direct licences removed
 * (`POST /users/{id}/assignLicense` with `removeLicenses`) and their memberships of static groups
 * that carry licences removed (`DELETE /groups/{id}/members/{userId}/$ref`), all through `$batch`
 * (20 per round trip, throttled requests retried by the client). Graph judges every request on its
 * own, so some may fail while the rest succeed: the outcome says, per user, what was done and what
 * Graph refused, in Graph's words. Dynamic groups are not touched: a member cannot be removed from
 * one (its rule decides), so the caller never asks for that. The inactive users' reports show what
 * was done at once, from Graph's answers, rather than reading every candidate again
 * (`afterReclaim`).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { BatchRequest } from '../lib/graph/graph-batch';
import type { AssignLicenseBody } from '../lib/graph/graph-types';
import type { GroupId, SkuId, UserId } from '../lib/ids';
import { recordReclaimed, refreshReportUsers } from './inactive-users';
import { MEMBERSHIP } from './invalidate';
import { graphKeys } from './keys';
import { recordMembershipChange } from './pending-memberships';
import { processingEnded } from './processing';
import { afterWrite } from './writes';

/** What to take back from one user. */
export interface ReclaimRequest {
  readonly userId: UserId;
  readonly name: string;
  /** Products assigned to the user directly, to remove. */
  readonly removeLicenses: readonly SkuId[];
  /** Static groups whose licences the user holds, to leave. */
  readonly leaveGroups: readonly { readonly id: GroupId; readonly name: string }[];
}

/** One write Graph refused: the direct licences, or leaving a group. */
export interface ReclaimFailure {
  readonly step: { readonly kind: 'licenses' } | { readonly kind: 'leave'; readonly group: string };
  readonly error: unknown;
}

/** What became of one user: `failures` is empty when everything was taken back. */
export interface ReclaimResult {
  readonly userId: UserId;
  readonly name: string;
  /** Writes Graph accepted. */
  readonly done: number;
  /** The direct licences removed. */
  readonly removedLicenses: readonly SkuId[];
  /** The groups the user left (their processing follows). */
  readonly left: readonly GroupId[];
  readonly failures: readonly ReclaimFailure[];
}

interface Step {
  readonly user: number;
  readonly request: BatchRequest;
  readonly failure: ReclaimFailure['step'];
  readonly leaves?: GroupId;
}

function stepsOf(requests: readonly ReclaimRequest[]): Step[] {
  return requests.flatMap((r, user) => {
    const userPath = `/users/${encodeURIComponent(r.userId)}`;
    const body: AssignLicenseBody = { addLicenses: [], removeLicenses: [...r.removeLicenses] };
    const licenses: Step[] =
      r.removeLicenses.length === 0
        ? []
        : [
            {
              user,
              request: { method: 'POST', url: `${userPath}/assignLicense`, body },
              failure: { kind: 'licenses' },
            },
          ];
    const leaves = r.leaveGroups.map((g): Step => ({
      user,
      request: {
        method: 'DELETE',
        url: `/groups/${encodeURIComponent(g.id)}/members/${encodeURIComponent(r.userId)}/$ref`,
      },
      failure: { kind: 'leave', group: g.name },
      leaves: g.id,
    }));
    return [...licenses, ...leaves];
  });
}

const groupsLeft = (results: readonly ReclaimResult[]) => [
  ...new Set(results.flatMap((r) => r.left)),
];

/** Sends every write of a reclaim; never throws for a refused write, which is in the results. */
export async function reclaimLicenses(
  client: QueryClient,
  requests: readonly ReclaimRequest[],
): Promise<ReclaimResult[]> {
  const steps = stepsOf(requests);
  const outcomes = await graph.batch(steps.map((s) => s.request));
  const results = requests.map((r) => ({
    userId: r.userId,
    name: r.name,
    done: 0,
    removedLicenses: [] as SkuId[],
    left: [] as GroupId[],
    failures: [] as ReclaimFailure[],
  }));
  steps.forEach((step, i) => {
    const outcome = outcomes[i];
    const result = results[step.user];
    if (!result) return;
    if (outcome?.ok) {
      result.done++;
      if (step.leaves) result.left.push(step.leaves);
      else result.removedLicenses.push(...(requests[step.user]?.removeLicenses ?? []));
    } else
      result.failures.push({
        step: step.failure,
        error: outcome?.error ?? new Error('Graph gave no answer.'),
      });
  });
  for (const groupId of groupsLeft(results))
    recordMembershipChange(client, groupId, {
      removed: results.filter((r) => r.left.includes(groupId)).map((r) => r.userId),
    });
  recordReclaimed(client, results);
  return results;
}

const REPORTS = [graphKeys.users.inactiveReports];

/**
 * After a Reclaim: everything licences and memberships touch is read again, and again when the
 * processing of the groups left has ended; but not the inactive users' reports, which show it
 * from Graph's answers (`recordReclaimed`) and, once that processing has ended, have the reclaimed
 * users read again by id. When Graph refused some of it, or the round trip failed, what Graph
 * holds is not what was asked for: the reports are read again whole, as after any write.
 */
function afterReclaim(client: QueryClient, results: readonly ReclaimResult[] | undefined) {
  const groups = groupsLeft(results ?? []);
  if (!results?.every((r) => r.failures.length === 0))
    return afterWrite(client, MEMBERSHIP, groups);
  // The watches start inside afterWrite, before its first await.
  const refreshed = afterWrite(client, MEMBERSHIP, groups, REPORTS);
  void Promise.all(groups.map((id) => processingEnded(client, id)))
    .then(() =>
      refreshReportUsers(
        client,
        results.map((r) => r.userId),
      ),
    )
    .catch(() => client.invalidateQueries({ queryKey: graphKeys.users.inactiveReports }));
  return refreshed;
}

/** Reclaim as a mutation (`reclaimLicenses`, then `afterReclaim`). */
export function useReclaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (requests: readonly ReclaimRequest[]) => reclaimLicenses(client, requests),
    onSettled: (results) => afterReclaim(client, results),
  });
}
