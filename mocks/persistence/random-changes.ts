/**
 * Test support: random admin changes through the Graph and control APIs, as a client makes them
 * (users, groups, members, licences, reprocessing, subscriptions, plans, the clock, processing
 * paused and stepped). Some are refused (a licensed group cannot be deleted...): refusals belong
 * in the mix. Used by the persistence tests to compare a reloaded tenant with the live one.
 */
import { createHash } from 'node:crypto';
import { getResponse } from 'msw';
import { Emulator, type EmulatorOptions } from '../graph/emulator';
import type { TenantStore } from '../graph/store';
import { createHandlers } from '../handlers';
import type { SeedName } from '../seeds';
import { random, type Random } from '../seeds/prng';
import { exportStore } from './codec';

/** Sends one request and returns its status. */
export type Send = (method: string, path: string, body?: unknown) => Promise<number>;

const SKUS = ['ENTERPRISEPACK', 'EMS', 'SPE_E5', 'POWER_BI_PRO', 'FLOW_FREE'];
const DEPARTMENTS = ['Sales', 'Finance', 'IT', 'Legal', 'Research'];

/**
 * A `Send` as a client makes it: signs in on first use and again whenever Graph answers 401 (the
 * mix moves the emulator clock, so tokens expire), then repeats the request once.
 */
export function renewingSend(
  call: (method: string, path: string, body: unknown, token: string) => Promise<number>,
  signIn: () => Promise<string>,
): Send {
  let token: Promise<string> | null = null;
  return async (method, path, body) => {
    token ??= signIn();
    const status = await call(method, path, body, await token);
    if (status !== 401) return status;
    token = signIn();
    return call(method, path, body, await token);
  };
}

/**
 * An emulator on a manual clock whose processing runs only when a request steps it, and a `Send`
 * through its handlers as its admin.
 */
export function emulatorWithClient(seed: SeedName, options: EmulatorOptions = {}) {
  const emulator = new Emulator({
    seed,
    clock: 'manual',
    pump: { scheduler: () => undefined },
    ...options,
  });
  const handlers = createHandlers(emulator);
  const admin = () => emulator.store.findUserId('admin@contoso.onmicrosoft.com') ?? '';
  const send = renewingSend(
    async (method, path, body, token) => {
      const response = await getResponse(
        handlers,
        new Request(`https://graph.microsoft.com${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
      return response?.status ?? 0;
    },
    () => Promise.resolve(emulator.store.issueToken(admin())),
  );
  return { emulator, send };
}

/** Builds the request mix over `store` (read only: ids to aim at). */
export function randomChanges(seed: number, store: () => TenantStore, send: Send) {
  const rnd: Random = random(seed);
  let made = 0;
  const userIds = () => store().tenant.userIds();
  const someUser = () => rnd.pick(userIds().slice(6));
  const groupIds = () => [...store().groups.keys()];
  const skuIds = () =>
    store()
      .tenant.subscriptions()
      .map((s) => s.skuId);

  const actions: (() => Promise<number>)[] = [
    () =>
      send('PATCH', `/v1.0/users/${someUser()}`, {
        department: rnd.pick(DEPARTMENTS),
        jobTitle: `Title ${String(rnd.int(1000))}`,
      }),
    () =>
      send('PATCH', `/v1.0/users/${someUser()}`, {
        usageLocation: rnd.pick(['US', 'GB', 'FR', 'DE']),
      }),
    () => {
      const n = made++;
      return send('POST', '/v1.0/users', {
        accountEnabled: true,
        displayName: `Random ${String(seed)} ${String(n)}`,
        mailNickname: `random${String(seed)}x${String(n)}`,
        userPrincipalName: `random${String(seed)}x${String(n)}@contoso.com`,
        department: rnd.pick(DEPARTMENTS),
        usageLocation: rnd.chance(0.7) ? 'US' : null,
        passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
      });
    },
    () => send('DELETE', `/v1.0/users/${someUser()}`),
    () => {
      const n = made++;
      const dynamic = rnd.chance(0.5);
      return send('POST', '/v1.0/groups', {
        displayName: `Random group ${String(n)}`,
        mailEnabled: false,
        mailNickname: `randomgroup${String(seed)}x${String(n)}`,
        securityEnabled: true,
        groupTypes: dynamic ? ['DynamicMembership'] : [],
        ...(dynamic
          ? {
              membershipRule: `user.department -eq "${rnd.pick(DEPARTMENTS)}"`,
              membershipRuleProcessingState: 'On',
            }
          : {}),
      });
    },
    () =>
      send('PATCH', `/v1.0/groups/${rnd.pick(groupIds())}`, {
        description: `Changed ${String(rnd.int(1000))}`,
      }),
    () => send('DELETE', `/v1.0/groups/${rnd.pick(groupIds())}`),
    () =>
      send('POST', `/v1.0/groups/${rnd.pick(groupIds())}/members/$ref`, {
        '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${someUser()}`,
      }),
    () => {
      const group = rnd.pick(groupIds());
      const members = store().tenant.group(group)?.userMemberIds ?? [];
      if (members.length === 0) return Promise.resolve(0);
      return send('DELETE', `/v1.0/groups/${group}/members/${rnd.pick(members)}/$ref`);
    },
    () =>
      send('POST', `/v1.0/users/${someUser()}/assignLicense`, {
        addLicenses: rnd.chance(0.7) ? [{ skuId: rnd.pick(skuIds()), disabledPlans: [] }] : [],
        removeLicenses: rnd.chance(0.3) ? [rnd.pick(skuIds())] : [],
      }),
    () =>
      send('POST', `/v1.0/groups/${rnd.pick(groupIds())}/assignLicense`, {
        addLicenses: [{ skuId: rnd.pick(skuIds()), disabledPlans: [] }],
        removeLicenses: [],
      }),
    () => send('POST', `/v1.0/users/${someUser()}/reprocessLicenseAssignment`),
    () => send('POST', `/v1.0/groups/${rnd.pick(groupIds())}/reprocessLicenseAssignment`),
    () =>
      send('POST', '/_emulator/subscriptions', {
        skuPartNumber: rnd.pick(SKUS),
        prepaidUnits: { enabled: rnd.int(3000) },
      }),
    () =>
      send('PATCH', `/_emulator/subscriptions/${rnd.pick(skuIds())}`, {
        prepaidUnits: { enabled: rnd.int(3000) },
      }),
    () => {
      const n = made++;
      const hex = n.toString(16).padStart(12, '0');
      return send('POST', `/_emulator/subscriptions/${rnd.pick(skuIds())}/servicePlans`, {
        servicePlanId: `5eed0000-0000-4000-8000-${hex}`,
        servicePlanName: `RANDOM_PLAN_${String(n)}`,
      });
    },
    () => send('POST', '/_emulator/clock', { advance: `PT${String(1 + rnd.int(48))}H` }),
    () => send('POST', '/_emulator/processing/step', { users: 1 + rnd.int(200) }),
    () => send('POST', '/_emulator/processing', { paused: rnd.chance(0.5) }),
    () =>
      send('POST', '/_emulator/token', {
        userPrincipalName: rnd.pick([
          'admin@contoso.onmicrosoft.com',
          'license.admin@contoso.onmicrosoft.com',
        ]),
      }),
  ];

  return {
    /** Makes one random change (or tries to); returns its status. */
    next: () => rnd.pick(actions)(),
  };
}

/** SHA-256 of the whole exported tenant: two stores with the same digest hold the same tenant. */
export function tenantDigest(store: TenantStore): string {
  return createHash('sha256')
    .update(JSON.stringify({ ...exportStore(store), now: 0 }))
    .digest('hex');
}
