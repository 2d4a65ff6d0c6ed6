/** A licence change preview in sentences: "312 users lose Microsoft Stream; 4 keep it through another group". */
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { errorReason, planName, productName } from './group-names';
import type { LicensePreview } from './use-preview-assign-license';

const users = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'user' : 'users'}`;
const seat = (n: number) => (n === 1 ? 'seat' : 'seats');

export function impactSentences(
  preview: LicensePreview,
  skus: readonly SubscribedSku[] | undefined,
): string[] {
  const sentences: string[] = [];
  for (const effect of preview.disabledPlanEffects) {
    const name = planName(
      effect.servicePlanId,
      skus?.find((s) => s.servicePlans?.some((p) => p.servicePlanId === effect.servicePlanId)),
    );
    const keep =
      effect.keep > 0
        ? `; ${effect.keep.toLocaleString('en-US')} keep it through another group`
        : '';
    sentences.push(`${users(effect.lose)} lose ${name}${keep}`);
  }
  const gained = new Map<string, number>();
  const lost = new Map<string, number>();
  for (const user of preview.users) {
    for (const id of user.gainedSkus) gained.set(id, (gained.get(id) ?? 0) + 1);
    for (const id of user.lostSkus) lost.set(id, (lost.get(id) ?? 0) + 1);
  }
  for (const [id, n] of gained) sentences.push(`${users(n)} get ${productName(id, skus)}`);
  for (const [id, n] of lost) sentences.push(`${users(n)} lose ${productName(id, skus)}`);
  for (const [id, delta] of Object.entries(preview.seatDelta)) {
    if (delta !== 0)
      sentences.push(
        `${productName(id, skus)}: ${delta > 0 ? `${delta.toLocaleString('en-US')} more ${seat(delta)} used` : `${(-delta).toLocaleString('en-US')} ${seat(-delta)} freed`}`,
      );
  }
  if (preview.newErrorCount > 0) {
    const reasons = new Set(
      preview.users.flatMap((u) => u.newErrors.map((e) => errorReason(e.error))),
    );
    sentences.push(
      `${users(preview.newErrorCount)} would get a license error (${[...reasons].join(', ')})`,
    );
  }
  return sentences;
}

/** How many users lose something (a product or a plan): the count the Save confirmation states. */
export function usersLosing(preview: LicensePreview): number {
  return preview.users.filter((u) => u.lostSkus.length > 0 || u.lostPlans.length > 0).length;
}
