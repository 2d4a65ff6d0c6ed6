/** Live mode's group Reprocess: every user member through $batch, errors first, with progress and cancel. */
import { beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { collectAll } from '../lib/graph/paging';
import { toGroupId, type GroupId } from '../lib/ids';
import { signInAs } from '../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { REPROCESS_ROUND, reprocessGroupMembers, type ReprocessProgress } from './reprocess';

/** Inner request urls of every $batch the portal sent, batch by batch. */
function recordBatches(): string[][] {
  const batches: string[][] = [];
  testEmulator().server.events.on('request:start', ({ request }) => {
    if (!request.url.endsWith('/$batch')) return;
    void request
      .clone()
      .json()
      .then((body: { requests: { url: string }[] }) => {
        batches.push(body.requests.map((r) => r.url));
      });
  });
  return batches;
}

async function userMembers(groupId: GroupId): Promise<string[]> {
  const members = await collectAll<{ id: string; '@odata.type': string }>(
    graph,
    `/groups/${groupId}/members?$select=id&$top=999`,
  );
  return members.filter((m) => m['@odata.type'] === '#microsoft.graph.user').map((m) => m.id);
}

/** The seeded group with members in licence error that has the most user members. */
async function groupWithErrors(): Promise<{ id: GroupId; members: string[]; inError: string[] }> {
  const groups = await graph.get<GraphCollection<{ id: string }>>(
    '/groups?$filter=hasMembersWithLicenseErrors eq true&$select=id&$top=999',
  );
  let best: { id: GroupId; members: string[]; inError: string[] } | null = null;
  for (const group of groups.value) {
    const id = toGroupId(group.id);
    const members = await userMembers(id);
    if (best !== null && members.length <= best.members.length) continue;
    const inError = await collectAll<{ id: string }>(
      graph,
      `/groups/${id}/membersWithLicenseErrors?$select=id&$top=999`,
    );
    best = { id, members, inError: inError.map((m) => m.id) };
  }
  if (best === null) throw new Error('The default seed has no group with licence errors.');
  return best;
}

describe('reprocessGroupMembers', () => {
  beforeEach(async () => {
    testEmulator().server.events.removeAllListeners();
    resetTestTenant('default');
    await signInAs(ADMIN.license);
  });

  it('reprocesses every user member through $batch, members in error first, reporting progress', async () => {
    const group = await groupWithErrors();
    expect(group.inError.length).toBeGreaterThan(0);
    const batches = recordBatches();
    const reports: ReprocessProgress[] = [];

    const result = await reprocessGroupMembers(group.id, { onProgress: (p) => reports.push(p) });

    const total = new Set([...group.inError, ...group.members]).size;
    expect(result).toEqual({ done: total, total, failed: 0 });
    const sent = batches.flat();
    expect(sent).toHaveLength(total);
    expect(batches.every((b) => b.length <= 20)).toBe(true);
    expect(sent.slice(0, group.inError.length).sort()).toEqual(
      group.inError.map((id) => `/users/${id}/reprocessLicenseAssignment`).sort(),
    );
    expect(reports[0]).toEqual({ done: 0, total, failed: 0 });
    expect(reports.at(-1)).toEqual(result);
    expect(reports.map((r) => r.done)).toEqual(
      [...reports.map((r) => r.done)].sort((a, b) => a - b),
    );
  });

  it('stops between rounds when cancelled: what was sent stays sent, nothing more goes', async () => {
    const group = await groupWithErrors();
    const total = new Set([...group.inError, ...group.members]).size;
    expect(total).toBeGreaterThan(REPROCESS_ROUND);
    const batches = recordBatches();
    const controller = new AbortController();

    const result = await reprocessGroupMembers(group.id, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 0) controller.abort();
      },
    });

    expect(result).toEqual({ done: REPROCESS_ROUND, total, failed: 0 });
    expect(batches.flat()).toHaveLength(REPROCESS_ROUND);
  });
});
