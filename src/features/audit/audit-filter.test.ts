import { describe, expect, it } from 'vitest';
import { auditFilter } from './audit-filter';
import { LICENSING_APP_NAME, parseAuditSearch } from './audit-search';

describe('auditFilter', () => {
  it('is empty without filters', () => {
    expect(auditFilter({})).toBe('');
  });

  it('joins every filter into one $filter', () => {
    expect(
      auditFilter({
        activity: 'Set group license',
        target: 'E3',
        initiatedBy: 'admin@contoso.onmicrosoft.com',
        category: 'GroupManagement',
        result: 'success',
        from: '2026-10-01',
        to: '2026-10-31',
      }),
    ).toBe(
      [
        "(activityDisplayName eq 'Set group license')",
        "(targetResources/any(x:startswith(x/displayName,'E3')))",
        "(initiatedBy/user/userPrincipalName eq 'admin@contoso.onmicrosoft.com')",
        "(category eq 'GroupManagement')",
        "(result eq 'success')",
        '(activityDateTime ge 2026-10-01T00:00:00Z)',
        '(activityDateTime le 2026-10-31T23:59:59Z)',
      ].join(' and '),
    );
  });

  it('filters the licensing service by app name, and a target id exactly', () => {
    expect(
      auditFilter({ initiatedBy: LICENSING_APP_NAME, targetId: 'abc', target: 'E3 base services' }),
    ).toBe(
      `(targetResources/any(x:x/id eq 'abc')) and (initiatedBy/app/displayName eq '${LICENSING_APP_NAME}')`,
    );
  });

  it('escapes quotes in a target name so it cannot change the filter', () => {
    expect(auditFilter({ target: "O'Brien') or (true" })).toBe(
      "targetResources/any(x:startswith(x/displayName,'O''Brien'') or (true'))",
    );
  });
});

describe('parseAuditSearch', () => {
  it('keeps valid values and drops hand-edited nonsense', () => {
    expect(
      parseAuditSearch({
        activity: 'Set group license',
        result: 'maybe',
        from: 'yesterday',
        to: '2026-11-01',
        entry: 'Directory_1',
      }),
    ).toEqual({
      activity: 'Set group license',
      to: '2026-11-01',
      entry: 'Directory_1',
      target: undefined,
      targetId: undefined,
      initiatedBy: undefined,
      category: undefined,
      result: undefined,
      from: undefined,
      run: undefined,
    });
  });
});
