/** Helpers that let scenario tests read like the product documentation, over real HTTP. */
import type { Client } from '@microsoft/microsoft-graph-client';
import { catalog } from '../../src/engine';
import type { Harness } from './support';

/** A catalog SKU id by part number. */
export function skuOf(part: string): string {
  const product = catalog.productByPartNumber(part);
  if (!product) throw new Error(`No product ${part}`);
  return product.skuId;
}

/** A plan id of a product by plan name. */
export function planOf(part: string, name: string): string {
  const id = catalog
    .productByPartNumber(part)
    ?.servicePlanIds.find((p) => catalog.plan(p)?.servicePlanName === name);
  if (!id) throw new Error(`No plan ${name} in ${part}`);
  return id;
}

/** Disabled plans leaving only `names` enabled. */
export function only(part: string, names: readonly string[]): string[] {
  const keep = new Set(names.map((n) => planOf(part, n)));
  return (catalog.productByPartNumber(part)?.servicePlanIds ?? []).filter((id) => !keep.has(id));
}

/** Buys seats of a product through the control API. */
export async function buy(h: Harness, part: string, enabled: number): Promise<void> {
  const { status, json } = await h.control('POST', '/subscriptions', {
    skuPartNumber: part,
    prepaidUnits: { enabled, warning: 0, suspended: 0, lockedOut: 0 },
  });
  if (status !== 201) throw new Error(`buy ${part}: ${JSON.stringify(json)}`);
}

let counter = 0;

/** Creates a user through Graph; returns its id. */
export async function newUser(
  graph: Client,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  counter++;
  const nick = `${name.toLowerCase().replace(/[^a-z]/g, '')}${String(counter)}`;
  const user = (await graph.api('/users').post({
    accountEnabled: true,
    displayName: name,
    mailNickname: nick,
    userPrincipalName: `${nick}@contoso.com`,
    mail: `${nick}@contoso.com`,
    passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
    usageLocation: 'US',
    ...extra,
  })) as { id: string };
  return user.id;
}

/** Creates a security group with user members through Graph; returns its id. */
export async function newGroup(
  graph: Client,
  name: string,
  members: readonly string[] = [],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const group = (await graph.api('/groups').post({
    displayName: name,
    mailEnabled: false,
    mailNickname: name.replace(/[^A-Za-z0-9]/g, ''),
    securityEnabled: true,
    ...extra,
  })) as { id: string };
  for (const id of members)
    await graph
      .api(`/groups/${group.id}/members/$ref`)
      .post({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` });
  return group.id;
}

/** Assigns licences to a group through Graph. */
export async function licenseGroup(
  graph: Client,
  groupId: string,
  add: { skuId: string; disabledPlans: string[] }[],
  remove: string[] = [],
): Promise<void> {
  await graph
    .api(`/groups/${groupId}/assignLicense`)
    .post({ addLicenses: add, removeLicenses: remove });
}

interface LicenseState {
  skuId: string;
  assignedByGroup: string | null;
  state: string;
  error: string;
  disabledPlans: string[];
}
interface Licensing {
  usageLocation: string | null;
  assignedLicenses: { skuId: string; disabledPlans: string[] }[];
  licenseAssignmentStates: LicenseState[];
  assignedPlans: { servicePlanId: string; capabilityStatus: string }[];
}

/** A user's licensing properties. */
export async function licensing(graph: Client, userId: string): Promise<Licensing> {
  return (await graph
    .api(`/users/${userId}`)
    .select('usageLocation,assignedLicenses,licenseAssignmentStates,assignedPlans')
    .get()) as Licensing;
}

/** `state/error` per entry, e.g. `Active/None@group` (group ids shortened to `group` / `direct`). */
export async function states(
  graph: Client,
  userId: string,
  names: Record<string, string> = {},
): Promise<string[]> {
  const l = await licensing(graph, userId);
  return l.licenseAssignmentStates.map(
    (s) =>
      `${s.state}/${s.error}@${s.assignedByGroup === null ? 'direct' : (names[s.assignedByGroup] ?? s.assignedByGroup)}`,
  );
}

/** Enabled plan ids of a SKU on a user. */
export async function enabledPlans(graph: Client, userId: string, part: string): Promise<string[]> {
  const l = await licensing(graph, userId);
  const ids = new Set(catalog.productByPartNumber(part)?.servicePlanIds ?? []);
  return l.assignedPlans
    .filter((p) => p.capabilityStatus === 'Enabled' && ids.has(p.servicePlanId))
    .map((p) => p.servicePlanId);
}

/** Consumed units of a SKU. */
export async function consumed(graph: Client, part: string): Promise<number> {
  const skus = (await graph.api('/subscribedSkus').get()) as {
    value: { skuPartNumber: string; consumedUnits: number }[];
  };
  return skus.value.find((s) => s.skuPartNumber === part)?.consumedUnits ?? -1;
}

/** The Graph error of a failed SDK call. */
export async function graphFailure(
  call: Promise<unknown>,
): Promise<{ statusCode: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { statusCode: number; code: string; message: string };
    return { statusCode: e.statusCode, code: e.code, message: e.message };
  }
  throw new Error('Expected the call to fail');
}
