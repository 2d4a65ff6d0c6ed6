import { describe, expect, it } from 'vitest';
import { summariseAssignments } from './assignment-paths';
import { csvCell, licensedUsersCsv } from './licensed-users-csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a formula: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text alone and quotes commas', () => {
    expect(csvCell('Adele Vance')).toBe('Adele Vance');
    expect(csvCell('Direct, Inherited (Sales)')).toBe('"Direct, Inherited (Sales)"');
  });
});

describe('licensedUsersCsv', () => {
  it('writes one row per user with paths, state and error in words', () => {
    const groupName = (id: string) => ({ g1: 'E3 base services', g2: 'Kiosk users' })[id];
    const users = [
      { displayName: '=cmd|calc', userPrincipalName: 'mallory@contoso.com', licenseAssignmentStates: [
        { skuId: 'sku', assignedByGroup: null, state: 'Active', error: 'None' },
        { skuId: 'sku', assignedByGroup: 'g1', state: 'ActiveWithError', error: 'MutuallyExclusiveViolation' },
      ] },
    ];
    const csv = licensedUsersCsv(users, 'Office 365 E3', (u) => summariseAssignments(u, 'sku', groupName));
    expect(csv.split('\r\n')).toEqual([
      'User,UPN,Product,Assignment paths,State,Error',
      `'=cmd|calc,mallory@contoso.com,Office 365 E3,"Direct, Inherited (E3 base services)","Active, Active with errors",Conflicting service plans`,
      '',
    ]);
  });
});
