/**
 * Seeded random admin changes made through Graph (the portal's client against the emulator), for
 * the refresh's differential check: the licence changes of `differential.ts` (plan toggles,
 * products added and removed, rule edits) and directory changes (attributes rules read, members
 * added and removed, users created and deleted). A change Graph refuses is counted, not thrown.
 */
import type { Tenant } from '../../src/engine';
import type { GraphClient } from '../../src/lib/graph/graph-client';
import { GraphError } from '../../src/lib/graph/graph-error';
import { random } from '../seeds/prng';
import { randomChange } from './differential';

/** Counts of a run of changes. */
export interface ChangeCounts {
  made: number;
  refused: number;
  readonly byKind: Record<string, number>;
}

const DEPARTMENTS = ['Sales', 'Legal', 'Finance', 'Engineering', 'Delta'];
const LOCATIONS = ['US', 'GB', 'FR', 'DE', 'NL'];

/** One change drawn from `seed`, made through Graph. */
async function oneChange(
  client: GraphClient,
  tenant: Tenant,
  seed: number,
  counts: ChangeCounts,
): Promise<void> {
  const rng = random(Math.imul(seed, 0x85ebca6b) >>> 0);
  const users = tenant.userIds();
  const groups = tenant.groupIds().flatMap((id) => tenant.group(id) ?? []);
  const assigned = groups.filter((g) => g.membershipKind === 'assigned');
  const roll = rng.int(10);
  let kind: string;
  let send: () => Promise<unknown>;
  if (roll < 4) {
    const change = randomChange(tenant, seed);
    if (!change) return;
    kind = change.kind;
    send =
      change.kind === 'ruleEdit'
        ? () => client.patch(`/groups/${change.groupId}`, { membershipRule: change.rule })
        : () =>
            client.post(`/groups/${change.groupId}/assignLicense`, {
              addLicenses: change.add.map((l) => ({
                skuId: l.skuId,
                disabledPlans: l.disabledPlans,
              })),
              removeLicenses: change.remove,
            });
  } else if (roll < 6) {
    kind = 'attribute';
    const user = rng.pick(users);
    send = () =>
      client.patch(
        `/users/${user}`,
        rng.chance(0.5)
          ? { department: rng.pick(DEPARTMENTS) }
          : { usageLocation: rng.pick(LOCATIONS) },
      );
  } else if (roll < 8 && assigned.length > 0) {
    const group = rng.pick(assigned);
    const user = rng.pick(users);
    if (group.userMemberIds.includes(user)) {
      kind = 'memberRemove';
      send = () => client.delete(`/groups/${group.id}/members/${user}/$ref`);
    } else {
      kind = 'memberAdd';
      send = () =>
        client.post(`/groups/${group.id}/members/$ref`, {
          '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${user}`,
        });
    }
  } else if (roll === 8) {
    kind = 'userCreate';
    const name = `delta${String(seed)}`;
    send = () =>
      client.post('/users', {
        accountEnabled: true,
        displayName: `Delta ${String(seed)}`,
        mailNickname: name,
        userPrincipalName: `${name}@contoso.onmicrosoft.com`,
        usageLocation: rng.pick(LOCATIONS),
        department: rng.pick(DEPARTMENTS),
        passwordProfile: { password: 'Delta-Pass-2024!', forceChangePasswordNextSignIn: true },
      });
  } else {
    kind = 'userDelete';
    const user = rng.pick(users.slice(1));
    send = () => client.delete(`/users/${user}`);
  }
  counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
  try {
    await send();
    counts.made++;
  } catch (error) {
    if (!(error instanceof GraphError) || error.status >= 500 || error.status === 429) throw error;
    counts.refused++;
  }
}

/** Makes the changes of seeds `first` .. `first + count - 1`, in order, through Graph. */
export async function makeGraphChanges(
  client: GraphClient,
  tenant: () => Tenant,
  first: number,
  count: number,
  between: () => void = () => undefined,
): Promise<ChangeCounts> {
  const counts: ChangeCounts = { made: 0, refused: 0, byKind: {} };
  for (let seed = first; seed < first + count; seed++) {
    await oneChange(client, tenant(), seed, counts);
    between();
  }
  return counts;
}
