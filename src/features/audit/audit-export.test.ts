import { describe, expect, it } from 'vitest';
import { parseAuditEntry } from '../../api/audit';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { auditsToCsv, auditsToJson } from './audit-export';

const entries = (audits: DirectoryAudit[]) => audits.flatMap((a) => parseAuditEntry(a) ?? []);

describe('auditsToCsv', () => {
  const audit: DirectoryAudit = {
    id: 'Directory_1',
    activityDateTime: '2026-11-01T09:00:00Z',
    loggedByService: 'Core Directory',
    category: 'GroupManagement',
    activityDisplayName: 'Set group license',
    result: 'success',
    resultReason: '',
    correlationId: 'c1',
    initiatedBy: { user: { userPrincipalName: 'admin@contoso.onmicrosoft.com' }, app: null },
    targetResources: [
      {
        displayName: '=HYPERLINK("http://evil")',
        modifiedProperties: [{ displayName: 'AssignedLicense', oldValue: '[]', newValue: '["x"]' }],
      },
    ],
  };

  it('writes a header and one neutralised row per entry, quoting only what needs it', () => {
    expect(auditsToCsv(entries([audit])).split('\r\n')).toEqual([
      'Date,Service,Category,Activity,Status,Status reason,Target(s),Initiated by,Correlation ID,Modified properties',
      `2026-11-01T09:00:00Z,Core Directory,GroupManagement,Set group license,success,,"'=HYPERLINK(""http://evil"")",admin@contoso.onmicrosoft.com,c1,"AssignedLicense: [] -> [""x""]"`,
      '',
    ]);
  });

  it('names the licensing service as the initiator of its records, and leaves missing fields empty', () => {
    const run: DirectoryAudit = {
      id: 'Directory_2',
      activityDisplayName: 'Finish applying group based license to users',
      initiatedBy: { app: { displayName: 'Microsoft Azure AD Group-Based Licensing' } },
    };
    expect(auditsToCsv(entries([run])).split('\r\n')[1]).toBe(
      ',,,Finish applying group based license to users,,,,Microsoft Azure AD Group-Based Licensing,,',
    );
  });

  it('writes JSON as Graph returned it', () => {
    expect(JSON.parse(auditsToJson(entries([audit])))).toEqual([audit]);
  });
});
