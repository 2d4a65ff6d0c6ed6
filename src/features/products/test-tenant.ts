/** Test helpers for the product blades: seeded SKU ids, a new service plan, fresh users. */
import { catalog } from '../../engine';
import { graph } from '../../lib/graph/graph';
import type { User } from '../../lib/graph/graph-types';
import { emulatorControlUrl } from '../../lib/graph/graph-config';

export const skuIdOf = (skuPartNumber: string): string =>
  catalog.productByPartNumber(skuPartNumber)?.skuId ?? skuPartNumber;

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${emulatorControlUrl()}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
}

/** Adds a plan to a product as Microsoft would after purchase, and waits for the groups to be processed. */
export async function addServicePlan(
  skuId: string,
  servicePlanId: string,
  servicePlanName: string,
): Promise<void> {
  await control(`/subscriptions/${skuId}/servicePlans`, { servicePlanId, servicePlanName });
  await control('/processing/wait', {});
}

/** Creates a user through Graph (signed in as an admin who may). */
export function createUser(
  displayName: string,
  nickname: string,
  usageLocation: string | null,
): Promise<User> {
  return graph.post<User>('/users', {
    accountEnabled: true,
    displayName,
    mailNickname: nickname,
    userPrincipalName: `${nickname}@contoso.com`,
    passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Pa55w.rd-test' },
    usageLocation,
  });
}
