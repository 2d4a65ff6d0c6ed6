/** A plan recently added to a product is enabled in every group that assigns the product: ask for a review. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Group, SubscribedSku } from '../../lib/graph/graph-types';
import { productName } from './group-names';
import { planRows } from './plan-rows';

export function NewPlansWarning({
  group,
  skus,
}: {
  readonly group: Group;
  readonly skus: readonly SubscribedSku[] | undefined;
}) {
  const found = (group.assignedLicenses ?? []).flatMap((license) => {
    const skuId = license.skuId ?? '';
    const rows = planRows(
      skuId,
      skus?.find((s) => s.skuId === skuId),
      license.disabledPlans ?? [],
      undefined,
    );
    return rows
      .filter((r) => r.isNew && r.savedOn)
      .map((r) => `${r.name} (${productName(skuId, skus)})`);
  });
  if (found.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>New service plan enabled by default</MessageBarTitle>
        {`${found.join(', ')} ${found.length === 1 ? 'was' : 'were'} recently added to a product this group assigns, and ${found.length === 1 ? 'is' : 'are'} on for its members. Review and turn off what this group shouldn't have.`}
      </MessageBarBody>
    </MessageBar>
  );
}
