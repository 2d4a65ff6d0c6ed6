/**
 * A licence change preview in sentences: "312 users lose Microsoft Stream; 4 keep it through
 * another group", "871 users gain Yammer Enterprise". Every count is the preview's total. Each
 * sentence is written whole, once per plural form.
 */
import type { LicensePreview, PlanEffect } from '../../api/previews';
import { formatCount } from '../../lib/format';
import { planName, productName } from '../../lib/licensing/names';
import { errorTitle } from '../../lib/licensing/words';

const n = formatCount;

const SENTENCES = {
  gain: (count: number, plan: string) =>
    count === 1 ? `1 user gains ${plan}` : `${n(count)} users gain ${plan}`,
  alreadyHave: (count: number) => `${n(count)} already ${count === 1 ? 'has' : 'have'} it`,
  lose: (count: number, plan: string) =>
    count === 1 ? `1 user loses ${plan}` : `${n(count)} users lose ${plan}`,
  keep: (count: number) => `${n(count)} ${count === 1 ? 'keeps' : 'keep'} it through another group`,
  getProduct: (count: number, product: string) =>
    count === 1 ? `1 user gets ${product}` : `${n(count)} users get ${product}`,
  seatsUsed: (product: string, count: number) =>
    count === 1 ? `${product}: 1 more seat used` : `${product}: ${n(count)} more seats used`,
  seatsFreed: (product: string, count: number) =>
    count === 1 ? `${product}: 1 seat freed` : `${product}: ${n(count)} seats freed`,
  newErrors: (count: number, reasons: string) =>
    count === 1
      ? `1 user would get a license error (${reasons})`
      : `${n(count)} users would get a license error (${reasons})`,
};

function planSentence(effect: PlanEffect): string {
  const plan = planName(effect.planId);
  if (effect.turned === 'on') {
    const gain = SENTENCES.gain(effect.affected, plan);
    return effect.unaffected > 0 ? `${gain}; ${SENTENCES.alreadyHave(effect.unaffected)}` : gain;
  }
  const lose = SENTENCES.lose(effect.affected, plan);
  return effect.unaffected > 0 ? `${lose}; ${SENTENCES.keep(effect.unaffected)}` : lose;
}

export function impactSentences(preview: LicensePreview): string[] {
  const sentences = preview.planEffects.map(planSentence);
  for (const { skuId, gain, lose } of preview.productEffects) {
    if (gain > 0) sentences.push(SENTENCES.getProduct(gain, productName(skuId)));
    if (lose > 0) sentences.push(SENTENCES.lose(lose, productName(skuId)));
  }
  for (const { skuId, delta } of preview.seatDelta)
    sentences.push(
      delta > 0
        ? SENTENCES.seatsUsed(productName(skuId), delta)
        : SENTENCES.seatsFreed(productName(skuId), -delta),
    );
  if (preview.newErrorCount > 0)
    sentences.push(
      SENTENCES.newErrors(
        preview.newErrorCount,
        Object.keys(preview.newErrorsByCode).map(errorTitle).join(', '),
      ),
    );
  return sentences;
}

/** The Save confirmation: how many users lose plans turned off, over every member. */
export const saveQuestion = (losing: number, turnedOff: number): string => {
  const plans = turnedOff === 1 ? '1 plan' : `${n(turnedOff)} plans`;
  const who = losing === 1 ? '1 user loses' : `${n(losing)} users lose`;
  return `${who} service plans you turned off (${plans}), unless another group or a direct assignment gives them. Save the changes?`;
};
