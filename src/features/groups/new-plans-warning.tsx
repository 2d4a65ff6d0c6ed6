/** A plan recently added to a product is enabled in every group that assigns the product: ask for a review. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Group, Product } from '../../api/types';
import { planName } from '../../lib/licensing/names';
import { newPlansOn } from '../../lib/licensing/new-plans';

const reviewNote = (plans: readonly string[]) =>
  plans.length === 1
    ? `${plans.join(', ')} was recently added to a product this group assigns, and is on for its members. Review and turn off what this group shouldn't have.`
    : `${plans.join(', ')} were recently added to a product this group assigns, and are on for its members. Review and turn off what this group shouldn't have.`;

export function NewPlansWarning({
  group,
  products,
}: {
  readonly group: Group;
  readonly products: readonly Product[] | undefined;
}) {
  const found = group.licenses.flatMap((license) => {
    const product = products?.find((p) => p.skuId === license.skuId);
    if (!product) return [];
    return newPlansOn(product, license).map(
      (id) => `${product.plans.find((p) => p.id === id)?.name ?? planName(id)} (${product.name})`,
    );
  });
  if (found.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>New service plan enabled by default</MessageBarTitle>
        {reviewNote(found)}
      </MessageBarBody>
    </MessageBar>
  );
}
