/**
 * Reprocess a group. Graph has no group reprocess: on a tenant the portal reprocesses each member
 * (`POST /users/{id}/reprocessLicenseAssignment`) through `$batch`, members in licence error
 * first, in rounds it reports (progress) and can stop between (cancel), with no cap on members.
 * The group's own processing state is then watched by polling `licenseProcessingState`
 * (`processing.ts`). In the sandbox the emulator's one-call group extension stays.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { graph } from '../lib/graph/graph';
import type { DirectoryMember } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { collectAll } from '../lib/graph/paging';
import type { GroupId } from '../lib/ids';
import { portalMode } from '../lib/mode/portal-mode';
import { invalidate, LICENSING } from './invalidate';
import { watchProcessing } from './processing';

/** Members reprocessed per round between progress reports: three batches of 20. */
export const REPROCESS_ROUND = 60;

export interface ReprocessProgress {
  readonly done: number;
  readonly total: number;
  readonly failed: number;
}

const membersPath = (groupId: GroupId, relation: string) =>
  withQuery(`/groups/${encodeURIComponent(groupId)}/${relation}`, { select: ['id'], top: 999 });

/** The group's user members, those in licence error first. */
async function membersErrorsFirst(groupId: GroupId, signal?: AbortSignal): Promise<string[]> {
  const [inError, members] = await Promise.all([
    collectAll<{ id: string }>(graph, membersPath(groupId, 'membersWithLicenseErrors'), { signal }),
    collectAll<DirectoryMember>(graph, membersPath(groupId, 'members'), { signal }),
  ]);
  const users = members
    .filter((m) => m['@odata.type'] === '#microsoft.graph.user')
    .map((m) => m.id ?? '');
  return [...new Set([...inError.map((m) => m.id), ...users])].filter((id) => id !== '');
}

/**
 * Reprocesses every user member of a group, in rounds of `REPROCESS_ROUND`; stops between rounds
 * when `signal` aborts (what was sent stays sent). Resolves with what was done.
 */
export async function reprocessGroupMembers(
  groupId: GroupId,
  options: { signal?: AbortSignal; onProgress?: (progress: ReprocessProgress) => void } = {},
): Promise<ReprocessProgress> {
  const { signal, onProgress } = options;
  const ids = await membersErrorsFirst(groupId, signal);
  let progress: ReprocessProgress = { done: 0, total: ids.length, failed: 0 };
  onProgress?.(progress);
  for (let start = 0; start < ids.length && signal?.aborted !== true; start += REPROCESS_ROUND) {
    const round = ids.slice(start, start + REPROCESS_ROUND);
    const outcomes = await graph.batch(
      round.map((id) => ({
        method: 'POST' as const,
        url: `/users/${encodeURIComponent(id)}/reprocessLicenseAssignment`,
      })),
    );
    progress = {
      done: progress.done + round.length,
      total: ids.length,
      failed: progress.failed + outcomes.filter((o) => !o.ok).length,
    };
    onProgress?.(progress);
  }
  return progress;
}

/** What the Reprocess command shows: progress while it runs (live mode), and a way to stop. */
export function useGroupReprocess() {
  const client = useQueryClient();
  const [progress, setProgress] = useState<ReprocessProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: async (groupId: GroupId): Promise<ReprocessProgress | null> => {
      if (portalMode.kind !== 'live') {
        await graph.request(`/groups/${encodeURIComponent(groupId)}/reprocessLicenseAssignment`, {
          method: 'POST',
        });
        return null;
      }
      controller.current = new AbortController();
      try {
        return await reprocessGroupMembers(groupId, {
          signal: controller.current.signal,
          onProgress: setProgress,
        });
      } finally {
        controller.current = null;
        setProgress(null);
        setCancelling(false);
      }
    },
    onSuccess: async (_result, groupId) => {
      watchProcessing(client, groupId);
      await invalidate(client, LICENSING);
    },
  });
  return {
    mutation,
    progress,
    /** Stops after the round in flight (what was sent stays sent). */
    cancel: () => {
      controller.current?.abort();
      setCancelling(true);
    },
    cancelling,
  };
}
