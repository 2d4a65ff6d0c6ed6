/**
 * A licence change preview in sentences: "312 users lose Microsoft Stream; 4 keep it through
 * another group", "871 users gain Yammer Enterprise". Every count is the preview's total. Each
 * sentence is a whole catalog message with ICU plurals (`groups.impact.*`).
 */
import type { LicensePreview, PlanEffect } from '../../api/previews';
import type { Translate } from '../../lib/i18n/use-t';
import { planName, productName } from '../../lib/licensing/names';
import { errorTitle } from '../../lib/licensing/words';

function planSentence(t: Translate, effect: PlanEffect): string {
  const plan = planName(effect.planId);
  if (effect.turned === 'on') {
    const gain = t('groups.impact.gain', { count: effect.affected, plan });
    return effect.unaffected > 0
      ? t('groups.impact.both', {
          first: gain,
          second: t('groups.impact.alreadyHave', { count: effect.unaffected }),
        })
      : gain;
  }
  const lose = t('groups.impact.lose', { count: effect.affected, plan });
  return effect.unaffected > 0
    ? t('groups.impact.both', {
        first: lose,
        second: t('groups.impact.keep', { count: effect.unaffected }),
      })
    : lose;
}

export function impactSentences(t: Translate, preview: LicensePreview): string[] {
  const sentences = preview.planEffects.map((effect) => planSentence(t, effect));
  for (const { skuId, gain, lose } of preview.productEffects) {
    const product = productName(skuId);
    if (gain > 0) sentences.push(t('groups.impact.getProduct', { count: gain, product }));
    if (lose > 0) sentences.push(t('groups.impact.lose', { count: lose, plan: product }));
  }
  for (const { skuId, delta } of preview.seatDelta) {
    const product = productName(skuId);
    sentences.push(
      delta > 0
        ? t('groups.impact.seatsUsed', { product, count: delta })
        : t('groups.impact.seatsFreed', { product, count: -delta }),
    );
  }
  if (preview.newErrorCount > 0)
    sentences.push(
      t('groups.impact.newErrors', {
        count: preview.newErrorCount,
        reasons: Object.keys(preview.newErrorsByCode)
          .map((code) => errorTitle(t, code))
          .join(', '),
      }),
    );
  return sentences;
}
