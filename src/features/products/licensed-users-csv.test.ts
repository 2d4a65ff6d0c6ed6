import { loadEnglish } from '../../lib/i18n/english';
import { describe, expect, it } from 'vitest';
import { nameAssignment, parseUserSummary } from '../../api/parse-user';
import type { User as WireUser } from '../../lib/graph/graph-types';
import { toGroupId, toSkuId, type GroupId } from '../../lib/ids';
import { summariseAssignments } from '../../lib/licensing/product-licenses';
import { licensedUsersCsv } from './licensed-users-csv';

const englishT = await loadEnglish();
const SKU = toSkuId('6fd2c87f-b296-42f0-b197-1e91e994b900');
const names = new Map<GroupId, string>([
  [toGroupId('g1'), 'E3 base services'],
  [toGroupId('g2'), 'Kiosk users'],
]);

/** A user as the Licensed users tab holds one: parsed from Graph, paths named. */
function licensedUser(wire: WireUser) {
  const user = parseUserSummary(wire);
  if (!user) throw new Error('no id');
  return { ...user, assignments: user.assignments.map((a) => nameAssignment(a, names)) };
}

const summary = (u: ReturnType<typeof licensedUser>) =>
  summariseAssignments(englishT, u.assignments, SKU);

describe('licensedUsersCsv', () => {
  it('writes one row per user with paths, state and error in words, a formula neutralised', () => {
    const users = [
      licensedUser({
        id: 'u1',
        displayName: '=cmd|calc',
        userPrincipalName: 'mallory@contoso.com',
        licenseAssignmentStates: [
          { skuId: SKU, assignedByGroup: null, state: 'Active', error: 'None' },
          {
            skuId: SKU,
            assignedByGroup: 'g1',
            state: 'ActiveWithError',
            error: 'MutuallyExclusiveViolation',
          },
        ],
      }),
    ];
    expect(licensedUsersCsv(users, 'Office 365 E3', summary).split('\r\n')).toEqual([
      'User,UPN,Product,Assignment paths,State,Error',
      `'=cmd|calc,mallory@contoso.com,Office 365 E3,"Direct, Inherited (E3 base services)","Active, Active with errors",Conflicting service plans`,
      '',
    ]);
  });

  it('quotes a name with a quote or a trailing space, and keeps accents', () => {
    const users = [
      licensedUser({
        id: 'u2',
        displayName: 'Zoë "Zee" Ångström',
        userPrincipalName: 'zoe@contoso.com',
        licenseAssignmentStates: [
          { skuId: SKU, assignedByGroup: 'g2', state: 'Active', error: 'None' },
        ],
      }),
      licensedUser({
        id: 'u3',
        displayName: 'Renée ',
        userPrincipalName: 'renee@contoso.com',
        licenseAssignmentStates: [
          { skuId: SKU, assignedByGroup: null, state: 'Active', error: 'None' },
        ],
      }),
    ];
    expect(licensedUsersCsv(users, 'Office 365 E1', summary).split('\r\n').slice(1)).toEqual([
      '"Zoë ""Zee"" Ångström",zoe@contoso.com,Office 365 E1,Inherited (Kiosk users),Active,',
      '"Renée ",renee@contoso.com,Office 365 E1,Direct,Active,',
      '',
    ]);
  });
});
