/** A plan recently added to a product is enabled in every group that assigns the product: ask for a review. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Group, Product } from '../../api/types';
import { planName } from '../../lib/licensing/names';
import { newPlansOn } from '../../lib/licensing/new-plans';
import { useT } from '../../lib/i18n/use-t';

export function NewPlansWarning({
  group,
  products,
}: {
  readonly group: Group;
  readonly products: readonly Product[] | undefined;
}) {
  const t = useT();
  const found = group.licenses.flatMap((license) => {
    const product = products?.find((p) => p.skuId === license.skuId);
    if (!product) return [];
    return newPlansOn(product, license).map((id) =>
      t('groups.newPlans.plan', {
        plan: product.plans.find((p) => p.id === id)?.name ?? planName(id),
        product: product.name,
      }),
    );
  });
  if (found.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('groups.newPlans.title')}</MessageBarTitle>
        {t('groups.newPlans.body', { count: found.length, plans: found.join(', ') })}
      </MessageBarBody>
    </MessageBar>
  );
}
