/**
 * One key, one shape (the review's Appendix B, inverted): every reader of the same Graph data
 * goes through the same queryOptions, so a cached answer never lacks what another reader selects.
 */
import { describe, expect, it } from 'vitest';
import { partialMatchKey, QueryClient } from '@tanstack/react-query';
import { signInAs } from '../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../test/emulator';
import { directorySearchQueryOptions } from './directory-search';
import { toGroupId } from '../lib/ids';
import { graphKeys } from './keys';
import { productsQueryOptions } from './products';

async function signedIn() {
  resetTestTenant('default');
  await signInAs(ADMIN.global);
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
}

describe('one query key, one data shape', () => {
  it('a user search answers every picker with the user principal name and usage location', async () => {
    const client = await signedIn();
    const found = await client.query(directorySearchQueryOptions('user', 'Adele'));
    expect(found.length).toBeGreaterThan(0);
    for (const user of found) {
      expect(user.kind).toBe('user');
      expect(user.userPrincipalName).toMatch(/@/);
    }
    expect(await client.query(directorySearchQueryOptions('user', ' Adele '))).toBe(found);
  });

  it('users and groups searched for the same words are two entries', async () => {
    const client = await signedIn();
    const users = await client.query(directorySearchQueryOptions('user', 'E3'));
    const groups = await client.query(directorySearchQueryOptions('group', 'E3'));
    expect(groups).not.toBe(users);
    expect(groups.every((g) => g.kind === 'group')).toBe(true);
    expect(graphKeys.users.search('E3')).not.toEqual(graphKeys.groups.search('E3'));
  });

  it('subscribedSkus is read once, with capability status, seats and plans, for every blade', async () => {
    const client = await signedIn();
    const products = await client.query(productsQueryOptions());
    expect(productsQueryOptions().queryKey).toEqual(graphKeys.products);
    for (const product of products) {
      expect(product.capabilityStatus).toBe('Enabled');
      expect(product.plans.length).toBeGreaterThan(0);
      const subscription = testEmulator().emulator.store.tenant.subscription(product.skuId);
      expect(product.seats.total).toBe(
        (subscription?.prepaidUnits.enabled ?? -1) + (subscription?.prepaidUnits.warning ?? 0),
      );
      expect(product.seats.assigned).toBe(subscription?.consumedUnits);
    }
  });
});

describe('the previews of one licence change', () => {
  const group = toGroupId('0d5e4f7a-1b2c-4d3e-8f90-a1b2c3d4e5f6');
  const other = toGroupId('7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7');
  const change = { add: [{ skuId: 'e3', disabledPlans: ['sway'] }], remove: [] };
  const under = (key: readonly unknown[]) =>
    partialMatchKey(key, graphKeys.groups.previewOfChange(group, change));

  it('are that change of that group, previewed on the emulator or on any copy of the tenant', () => {
    expect(under(graphKeys.groups.previewAssignLicense(group, change))).toBe(true);
    expect(
      under(graphKeys.groups.previewAssignLicense(group, structuredClone(change), 1_700_000)),
    ).toBe(true);
  });

  it('are not another change (one that disables more plans too), another group, or another preview', () => {
    const more = { add: [{ skuId: 'e3', disabledPlans: ['sway', 'forms'] }], remove: [] };
    expect(under(graphKeys.groups.previewAssignLicense(group, more))).toBe(false);
    expect(under(graphKeys.groups.previewAssignLicense(other, change))).toBe(false);
    expect(under(graphKeys.groups.previewMembershipRule(group, 'user.department -eq "x"'))).toBe(
      false,
    );
    expect(under(graphKeys.groups.detail(group))).toBe(false);
  });
});
