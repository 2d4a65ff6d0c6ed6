import { describe, expect, it } from 'vitest';
import { licenseChanges, licenseChangesOf } from './license-change';
import { parseLicenseValue } from './license-value';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const EMS = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';
const TEAMS = '57ff2da0-773e-42df-b2af-ffb7a2317929';
const SWAY = 'a23b959c-7ce8-4e57-9140-b90eb88a9e97';
const EXCHANGE = 'efb87545-963c-4e0d-99df-69c6916d9eb0';

/** Graph's audit text for a licence list: `[SkuName=…, SkuId=…, DisabledPlans=[…]]` items. */
const text = (...licenses: [sku: string, name: string, disabled: string[]][]) =>
  JSON.stringify(
    licenses.map(
      ([sku, name, off]) => `[SkuName=${name}, SkuId=${sku}, DisabledPlans=[${off.join(',')}]]`,
    ),
  );
const list = (value: string) => parseLicenseValue(value) ?? [];
const names = (plans: readonly { name: string }[]) => plans.map((p) => p.name);

describe('licenseChanges', () => {
  it('names the plan turned on where the raw values only count disabled plans', () => {
    const [change, ...rest] = licenseChanges(
      list(text([E3, 'ENTERPRISEPACK', [TEAMS, SWAY]])),
      list(text([E3, 'ENTERPRISEPACK', [SWAY]])),
    );
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ productName: 'Office 365 E3', kind: 'plans' });
    expect(names(change?.turnedOn ?? [])).toEqual(['Microsoft Teams']);
    expect(change?.turnedOff).toEqual([]);
  });

  it('names plans turned on and off in one change, by name', () => {
    const [change] = licenseChanges(
      list(text([E3, 'ENTERPRISEPACK', [SWAY]])),
      list(text([E3, 'ENTERPRISEPACK', [TEAMS, EXCHANGE]])),
    );
    expect(names(change?.turnedOn ?? [])).toEqual(['Sway']);
    expect(names(change?.turnedOff ?? [])).toEqual(['Exchange Online (Plan 2)', 'Microsoft Teams']);
  });

  it('tells a product added (with the plans it came with off) from one removed, and leaves unchanged ones out', () => {
    const changes = licenseChanges(
      list(text([E3, 'ENTERPRISEPACK', []], [EMS, 'EMS', []])),
      list(
        text(
          [E3, 'ENTERPRISEPACK', []],
          ['c42b9cae-ea4f-4ab7-9717-81576235ccac', 'DEVELOPERPACK_E5', [TEAMS]],
        ),
      ),
    );
    expect(changes[1]?.turnedOn.length).toBeGreaterThan(10);
    expect(names(changes[1]?.turnedOn ?? [])).not.toContain('Microsoft Teams');
    expect(changes.map((c) => [c.kind, c.productName, names(c.turnedOff)])).toEqual([
      ['removed', 'Enterprise Mobility + Security E3', []],
      [
        'added',
        'Microsoft 365 E5 Developer (without Windows and Audio Conferencing)',
        ['Microsoft Teams'],
      ],
    ]);
  });

  it('matches products and plans whatever the case of their ids', () => {
    expect(
      licenseChanges(
        list(text([E3, 'ENTERPRISEPACK', [TEAMS]])),
        list(text([E3.toUpperCase(), 'ENTERPRISEPACK', [TEAMS.toUpperCase()]])),
      ),
    ).toEqual([]);
  });
});

describe('licenseChangesOf', () => {
  it('reads a licence property, including from and to the empty list', () => {
    const added = licenseChangesOf([
      { name: 'AssignedLicense', oldValue: '[]', newValue: text([E3, 'ENTERPRISEPACK', []]) },
    ]);
    expect(added?.map((c) => c.kind)).toEqual(['added']);
    const removed = licenseChangesOf([
      { name: 'AssignedLicense', oldValue: text([E3, 'ENTERPRISEPACK', []]), newValue: null },
    ]);
    expect(removed?.map((c) => c.kind)).toEqual(['removed']);
  });

  it('is null when no property is a licence list', () => {
    expect(
      licenseChangesOf([{ name: 'MembershipRule', oldValue: '["a"]', newValue: '["b"]' }]),
    ).toBeNull();
    expect(licenseChangesOf([])).toBeNull();
  });
});
