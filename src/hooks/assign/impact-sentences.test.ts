import { describe, expect, it } from 'vitest';
import type { LicensePreview } from '../../api/previews';
import { catalog } from '../../engine';
import { toPlanId, toSkuId } from '../../lib/ids';
import { enT, nlT } from '../../test/i18n';
import { impactSentences } from './impact-sentences';

const E3 = toSkuId(catalog.productByPartNumber('ENTERPRISEPACK')?.skuId ?? '');
const plan = (name: string) =>
  toPlanId(catalog.plans.find((p) => p.servicePlanName === name)?.servicePlanId ?? name);

const preview = (patch: Partial<LicensePreview>): LicensePreview => ({
  planEffects: [],
  productEffects: [],
  usersLosing: 0,
  seatDelta: [],
  newErrorCount: 0,
  newErrorsByCode: {},
  ...patch,
});

describe('impactSentences', () => {
  it.each([
    [1, 'Office 365 E3: 1 more seat used'],
    [3, 'Office 365 E3: 3 more seats used'],
    [-1, 'Office 365 E3: 1 seat freed'],
    [-1200, 'Office 365 E3: 1,200 seats freed'],
  ])('states a seat change of %i in words', (delta, sentence) => {
    expect(impactSentences(enT, preview({ seatDelta: [{ skuId: E3, delta }] }))).toEqual([
      sentence,
    ]);
  });

  it('says who gains a plan turned on and who loses one turned off, with the totals', () => {
    const sentences = impactSentences(
      enT,
      preview({
        planEffects: [
          {
            skuId: E3,
            planId: plan('YAMMER_ENTERPRISE'),
            turned: 'on',
            affected: 871,
            unaffected: 40,
          },
          { skuId: E3, planId: plan('SWAY'), turned: 'off', affected: 1, unaffected: 0 },
        ],
      }),
    );
    expect(sentences).toEqual([
      '871 users gain Yammer Enterprise; 40 already have it',
      '1 user loses Sway',
    ]);
  });

  it('names new errors by their title', () => {
    expect(
      impactSentences(enT, preview({ newErrorCount: 3, newErrorsByCode: { CountViolation: 3 } })),
    ).toEqual(['3 users would get a license error (Not enough licenses)']);
  });

  it('asks to save with the total of users losing plans', () => {
    expect(enT('groups.save.question', { losing: 871, plans: 1 })).toBe(
      '871 users lose service plans you turned off (1 plan), unless another group or a direct assignment gives them. Save the changes?',
    );
  });

  it('speaks Dutch with Dutch grouping and plurals', () => {
    expect(impactSentences(nlT, preview({ seatDelta: [{ skuId: E3, delta: -1200 }] }))).toEqual([
      'Office 365 E3: 1.200 licenties vrijgekomen',
    ]);
    expect(nlT('groups.save.question', { losing: 1, plans: 2 })).toBe(
      '1 gebruiker verliest de serviceplannen die u hebt uitgeschakeld (2 plannen), tenzij een andere groep of een directe toewijzing ze geeft. De wijzigingen opslaan?',
    );
  });
});
