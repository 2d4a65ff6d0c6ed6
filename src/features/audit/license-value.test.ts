import { describe, expect, it } from 'vitest';
import { finishSummary, parseLicenseValue, plainValue } from './license-value';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const SWAY = 'a23b959c-7ce8-4e57-9140-b90eb88a9e97';

describe('parseLicenseValue', () => {
  it('reads product and disabled plan names from the audit format', () => {
    const value = JSON.stringify([
      `[SkuName=ENTERPRISEPACK, SkuId=${E3}, DisabledPlans=[${SWAY}]]`,
    ]);
    const [license] = parseLicenseValue(value) ?? [];
    expect(license).toMatchObject({
      skuId: E3,
      skuName: 'ENTERPRISEPACK',
      productName: 'Office 365 E3',
    });
    expect(license?.disabledPlans.map((p) => p.id)).toEqual([SWAY]);
    expect(license?.disabledPlans[0]?.name).toMatch(/Sway/);
  });

  it('reads an empty licence list, and no plans disabled', () => {
    expect(parseLicenseValue('[]')).toBeNull();
    expect(
      parseLicenseValue(JSON.stringify([`[SkuName=X, SkuId=${E3}, DisabledPlans=[]]`]))?.[0]
        ?.disabledPlans,
    ).toEqual([]);
  });

  it('leaves other values alone', () => {
    expect(parseLicenseValue('["US"]')).toBeNull();
    expect(parseLicenseValue(null)).toBeNull();
  });
});

describe('plainValue and finishSummary', () => {
  it('shows JSON string arrays as their items', () => {
    expect(plainValue('["US","GB"]')).toBe('US, GB');
    expect(
      plainValue(
        '[Users successfully assigned licenses: 3, Users for whom license assignment failed: 1.]',
      ),
    ).toBe('Users successfully assigned licenses: 3, Users for whom license assignment failed: 1.');
  });

  it('finds the result summary of a Finish record', () => {
    expect(
      finishSummary(
        '[Users successfully assigned licenses: 996, Users for whom license assignment failed: 3.]',
      ),
    ).toBe(
      'Users successfully assigned licenses: 996, Users for whom license assignment failed: 3.',
    );
    expect(finishSummary('[]')).toBeNull();
  });
});
