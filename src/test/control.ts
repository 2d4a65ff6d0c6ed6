/**
 * Reaching the test emulator as the e2e journeys do from the page: its control API
 * (`/_emulator/…`, no token) and Graph as the signed-in admin, to set a scene or read the truth.
 */
import { graph } from '../lib/graph/graph';
import { emulatorControlUrl } from '../lib/graph/graph-config';
import type { DirectoryAudit, GraphCollection, User } from '../lib/graph/graph-types';
import { withQuery } from '../lib/graph/odata';
import { toUserId, type SkuId, type UserId } from '../lib/ids';

/** A request to the emulator's control API; throws with the answer when it fails. */
export async function control(
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${emulatorControlUrl()}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${String(response.status)} ${await response.text()}`);
  return response.json();
}

/** Adds a plan to a product as Microsoft would after purchase, and waits for the groups to be processed. */
export async function addServicePlan(
  skuId: SkuId,
  servicePlanId: string,
  servicePlanName: string,
): Promise<void> {
  await control('POST', `/subscriptions/${skuId}/servicePlans`, { servicePlanId, servicePlanName });
  await control('POST', '/processing/wait');
}

/** Creates a user through Graph (signed in as an admin who may). */
export async function createUser(
  displayName: string,
  nickname: string,
  usageLocation: string | null,
): Promise<UserId> {
  const user = await graph.post<User>('/users', {
    accountEnabled: true,
    displayName,
    mailNickname: nickname,
    userPrincipalName: `${nickname}@contoso.com`,
    passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Pa55w.rd-test' },
    usageLocation,
  });
  return toUserId(user.id ?? '');
}

/** Every audit entry matching a `$filter`, newest first, read page by page with its own page size. */
export async function auditEntries(odataFilter: string): Promise<DirectoryAudit[]> {
  const entries: DirectoryAudit[] = [];
  let next: string | undefined = withQuery('/auditLogs/directoryAudits', {
    filter: odataFilter,
    orderby: [['activityDateTime', 'desc']],
    top: 300,
  });
  while (next !== undefined) {
    const page: GraphCollection<DirectoryAudit> =
      await graph.get<GraphCollection<DirectoryAudit>>(next);
    entries.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return entries;
}

/**
 * Holds background licence processing and queues a Reprocess of the group's members, so its
 * states can be watched (`/_emulator/processing/step` moves it on).
 */
export async function queueHeldReprocess(groupId: string): Promise<void> {
  await control('POST', '/processing', { paused: true });
  await graph.post(`/groups/${encodeURIComponent(groupId)}/reprocessLicenseAssignment`, {});
}

/** Office 365 E3's skuId. */
export const OFFICE_E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

/** A group's licences as Graph has them now. */
export async function groupLicenses(groupId: string) {
  const group = await graph.get<{ assignedLicenses: { skuId: string; disabledPlans: string[] }[] }>(
    `/groups/${groupId}?$select=assignedLicenses`,
  );
  return group.assignedLicenses.map((l) => ({
    skuId: l.skuId,
    disabledPlans: [...l.disabledPlans].sort(),
  }));
}

/** Turns plans of E3 on or off on a group through Graph, as the Licenses blade does. */
export async function setE3Plans(groupId: string, disabledPlans: readonly string[]) {
  await graph.post(`/groups/${groupId}/assignLicense`, {
    addLicenses: [{ skuId: OFFICE_E3, disabledPlans }],
    removeLicenses: [],
  });
}
