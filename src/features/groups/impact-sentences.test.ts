import { describe, expect, it } from 'vitest';
import { catalog } from '../../engine';
import { impactSentences } from './impact-sentences';
import type { LicensePreview } from './use-preview-assign-license';

const E3 = catalog.productByPartNumber('ENTERPRISEPACK')?.skuId ?? '';
const preview = (seatDelta: Record<string, number>): LicensePreview => ({
  users: [],
  seatDelta,
  newErrorCount: 0,
  disabledPlanEffects: [],
});

describe('impactSentences', () => {
  it.each([
    [1, 'Office 365 E3: 1 more seat used'],
    [3, 'Office 365 E3: 3 more seats used'],
    [-1, 'Office 365 E3: 1 seat freed'],
    [-1200, 'Office 365 E3: 1,200 seats freed'],
  ])('states a seat change of %i in words', (delta, sentence) => {
    expect(impactSentences(preview({ [E3]: delta }), undefined)).toEqual([sentence]);
  });

  it('says nothing about seats that do not change', () => {
    expect(impactSentences(preview({ [E3]: 0 }), undefined)).toEqual([]);
  });
});
