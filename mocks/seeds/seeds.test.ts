import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ROLE_NAMES } from '../graph/auth';
import type { TenantStore } from '../graph/store';
import { exportStore } from '../persistence/codec';
import { createSeedStore, type SeedName } from '.';
import { ADMIN_UPNS } from './kit';

/**
 * The seeds' content is pinned: each builds to a tenant whose export has exactly this SHA-256, the
 * digest of the tenant as the seeds built it before their build was made faster (commit 4c4a32d).
 * A speed-up must not change a single field; a deliberate change to a seed updates the digest here
 * and says why in its commit.
 */
const PINNED: Readonly<Record<SeedName, string>> = {
  empty: '2326c9c4775323679ec866f616cdceda64291c627023c0cdee0095c06c97f172',
  default: '002ab8229184f470086f4a74b4ea400765a868a64118a6c389810d877e9dddf5',
  large: '3e6a0b926c5848136deae9364341471774c620aeeed3b9666711cdb5f12f3fd7',
};

const digest = (store: TenantStore) =>
  createHash('sha256')
    .update(JSON.stringify(exportStore(store)))
    .digest('hex');

const groupNamed = (store: ReturnType<typeof createSeedStore>, name: string) =>
  [...store.groups].find(([, g]) => g.displayName === name)?.[0] ?? '';

describe('seeds', () => {
  it('empty: the organization (US) and one Global Administrator, nothing else', () => {
    const store = createSeedStore('empty');
    expect(store.organization.countryLetterCode).toBe('US');
    expect(
      [...store.users.keys()].map((id) => store.tenant.profile(id)?.userPrincipalName),
    ).toEqual(['admin@contoso.onmicrosoft.com']);
    expect([...store.admins.values()]).toEqual([['Global Administrator']]);
    expect(store.groups.size).toBe(0);
    expect(store.tenant.subscriptions()).toEqual([]);
    expect(digest(store)).toBe(PINNED.empty);
  });

  it('default: deterministic, about 2,000 people, an admin per role, the documentation groups, processed', () => {
    const start = performance.now();
    const store = createSeedStore('default');
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(10_000);
    expect(exportStore(createSeedStore('default'))).toEqual(exportStore(store));
    expect(digest(store)).toBe(PINNED.default);
    expect(store.users.size).toBeGreaterThanOrEqual(1990);
    for (const role of ROLE_NAMES)
      expect(store.rolesOf(store.findUserId(ADMIN_UPNS[role]) ?? '')).toEqual([role]);
    expect(store.tenant.idle).toBe(true);
    const names = [...store.groups.values()].map((g) => g.displayName);
    expect(names).toEqual(
      expect.arrayContaining([
        'E3 base services',
        'E3 extended services',
        'O365 E5 - Exchange only',
        'EMS licensed users',
        'E5 base services',
      ]),
    );
    expect(store.tenant.group(groupNamed(store, 'EMS licensed users'))?.membershipRule).toMatch(
      /extensionAttribute1/,
    );
    const profiles = store.tenant.userIds().map((id) => store.tenant.profile(id));
    // Group processing wrote the tenant country on most of them; the unlicensed ones stay empty.
    expect(profiles.filter((p) => p?.usageLocation === null).length).toBeGreaterThan(2);
    expect(new Set(profiles.map((p) => p?.country)).size).toBeGreaterThan(5);
    const clash = ['alex.wilber@contoso.com', 'alexander.wilber@contoso.com'].map((upn) =>
      store.tenant
        .license(store.findUserId(upn) ?? '')
        ?.licenseAssignmentStates.map((s) => s.error),
    );
    // Both hold alex.wilber@contoso.com, so E3 base services (with Exchange) fails for both.
    expect(clash.map((errors) => errors?.includes('UniquenessViolation'))).toEqual([true, true]);
    const audio = store.tenant.subscription('0c266dff-15dd-4b49-8397-2bb16070ed52');
    expect(audio?.consumedUnits).toBe(audio?.prepaidUnits.enabled);
    expect(
      store.tenant.membersWithLicenseErrors(groupNamed(store, 'Audio Conferencing users')),
    ).toHaveLength(15);
    const unified = store.groups.get(groupNamed(store, 'Marketing Team'));
    expect(unified?.groupTypes).toEqual(['Unified']);
    expect(store.tenant.group(groupNamed(store, 'Marketing Team'))?.securityEnabled).toBe(false);
    expect(
      store.tenant.group(groupNamed(store, 'Finance - Power BI'))?.groupMemberIds,
    ).toHaveLength(1);
    const yammerOnly = store.tenant
      .userIds()
      .filter((id) =>
        store.tenant
          .license(id)
          ?.licenseAssignmentStates.some(
            (s) => s.assignedByGroup === null && s.skuId === '6fd2c87f-b296-42f0-b197-1e91e994b900',
          ),
      );
    expect(yammerOnly).toHaveLength(1);
    expect(store.audit.size).toBeGreaterThan(1000);
    expect(new Date(store.clock.now()).toISOString()).toBe('2026-11-01T09:00:00.000Z');
  });

  it('large: 100,000 people and groups of up to 60,000 members, processed', () => {
    const start = performance.now();
    const store = createSeedStore('large');
    const elapsed = performance.now() - start;
    console.info(`large seed generated in ${String(Math.round(elapsed))} ms`);
    expect(elapsed).toBeLessThan(40_000);
    expect(store.users.size).toBeGreaterThanOrEqual(100_000);
    expect(digest(store)).toBe(PINNED.large);
    const sizes = store.tenant
      .groupIds()
      .map((id) => store.tenant.group(id)?.userMemberIds.length ?? 0);
    expect(Math.max(...sizes)).toBe(60_000);
    expect(store.tenant.idle).toBe(true);
    expect(store.tenant.subscription('6fd2c87f-b296-42f0-b197-1e91e994b900')?.consumedUnits).toBe(
      60_000,
    );
  }, 60_000);
});
