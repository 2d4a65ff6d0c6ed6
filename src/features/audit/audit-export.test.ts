import { describe, expect, it } from 'vitest';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { auditsToCsv, auditsToJson, csvCell } from './audit-export';

describe('csvCell', () => {
  it.each([['=1+2'], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], ['\rx']])('neutralises a formula starting like %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });

  it('quotes plain values and doubles quotes', () => {
    expect(csvCell('Set group license')).toBe('"Set group license"');
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
  });
});

describe('auditsToCsv', () => {
  const audit: DirectoryAudit = {
    id: 'Directory_1', activityDateTime: '2026-11-01T09:00:00Z', loggedByService: 'Core Directory', category: 'GroupManagement',
    activityDisplayName: 'Set group license', result: 'success', resultReason: '', correlationId: 'c1',
    initiatedBy: { user: { userPrincipalName: 'admin@contoso.onmicrosoft.com' }, app: null },
    targetResources: [{ displayName: '=HYPERLINK("http://evil")', modifiedProperties: [{ displayName: 'AssignedLicense', oldValue: '[]', newValue: '["x"]' }] }],
  };

  it('writes a header and one neutralised row per entry', () => {
    const lines = auditsToCsv([audit]).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"Date","Service","Category","Activity","Status","Status reason","Target(s)","Initiated by","Correlation ID","Modified properties"');
    expect(lines[1]).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(lines[1]).toContain('"admin@contoso.onmicrosoft.com"');
    expect(lines).toHaveLength(2);
  });

  it('writes JSON as Graph returned it', () => {
    expect(JSON.parse(auditsToJson([audit]))).toEqual([audit]);
  });
});
