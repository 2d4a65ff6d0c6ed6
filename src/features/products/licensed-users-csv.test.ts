import { describe, expect, it } from 'vitest';
import { summariseAssignments } from './assignment-paths';
import { licensedUsersCsv } from './licensed-users-csv';

describe('licensedUsersCsv', () => {
  const groupName = (id: string) => ({ g1: 'E3 base services', g2: 'Kiosk users' })[id];

  it('writes one row per user with paths, state and error in words, a formula neutralised', () => {
    const users = [
      {
        displayName: '=cmd|calc',
        userPrincipalName: 'mallory@contoso.com',
        licenseAssignmentStates: [
          { skuId: 'sku', assignedByGroup: null, state: 'Active', error: 'None' },
          {
            skuId: 'sku',
            assignedByGroup: 'g1',
            state: 'ActiveWithError',
            error: 'MutuallyExclusiveViolation',
          },
        ],
      },
    ];
    const csv = licensedUsersCsv(users, 'Office 365 E3', (u) =>
      summariseAssignments(u, 'sku', groupName),
    );
    expect(csv.split('\r\n')).toEqual([
      'User,UPN,Product,Assignment paths,State,Error',
      `'=cmd|calc,mallory@contoso.com,Office 365 E3,"Direct, Inherited (E3 base services)","Active, Active with errors",Conflicting service plans`,
      '',
    ]);
  });

  it('quotes a name with a quote or a trailing space, and keeps accents', () => {
    const users = [
      {
        displayName: 'Zoë "Zee" Ångström',
        userPrincipalName: 'zoe@contoso.com',
        licenseAssignmentStates: [
          { skuId: 'sku', assignedByGroup: 'g2', state: 'Active', error: 'None' },
        ],
      },
      {
        displayName: 'Renée ',
        userPrincipalName: 'renee@contoso.com',
        licenseAssignmentStates: [
          { skuId: 'sku', assignedByGroup: null, state: 'Active', error: 'None' },
        ],
      },
    ];
    const csv = licensedUsersCsv(users, 'Office 365 E1', (u) =>
      summariseAssignments(u, 'sku', groupName),
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      '"Zoë ""Zee"" Ångström",zoe@contoso.com,Office 365 E1,Inherited (Kiosk users),Active,',
      '"Renée ",renee@contoso.com,Office 365 E1,Direct,Active,',
      '',
    ]);
  });
});
