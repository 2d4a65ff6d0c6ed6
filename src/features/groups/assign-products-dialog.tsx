/** Assign: pick products the organization owns and add them to the group (all plans on). */
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useReducer } from 'react';
import type { Group, Product } from '../../api/types';
import { ErrorList } from '../../components/error-list';
import { FormDialog } from '../../components/form-dialog';
import { useNotify } from '../../components/toasts';
import { useAssignFlow } from '../../hooks/use-assign-flow';
import { formatCount } from '../../lib/format';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { productName } from '../../lib/licensing/names';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const choiceInWords = (product: Product) =>
  `${product.name} (${formatCount(product.seats.available)} available)`;

export function AssignProductsDialog({
  group,
  products,
  onClose,
}: {
  readonly group: Group;
  readonly products: readonly Product[];
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const flow = useAssignFlow();
  const [draft, dispatch] = useReducer(
    assignDraftReducer<Group>,
    emptyDraft<Group>({ targets: [group] }),
  );
  const assigned = new Set(group.licenses.map((l) => l.skuId));
  const choices = products.filter((p) => !assigned.has(p.skuId) && p.appliesTo === 'User');

  const submit = async () => {
    const { done } = await flow.submit(
      [{ target: { kind: 'group', id: group.id }, name: group.displayName }],
      draftChange(draft),
    );
    if (done.length === 0) return;
    notify.success(
      'Licenses assigned',
      `${draft.skuIds.map((id) => productName(id)).join(', ')} assigned to ${group.displayName}. Members are being processed.`,
    );
    onClose();
  };

  return (
    <FormDialog
      title="Assign licenses"
      submitLabel="Assign"
      canSubmit={draft.skuIds.length > 0}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ErrorList
        title="Could not assign"
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      <div className={styles.list} role="group" aria-label="Products">
        {choices.length === 0 ? (
          <p>Every product the organization owns is already assigned to this group.</p>
        ) : null}
        {choices.map((product) => (
          <Checkbox
            key={product.skuId}
            label={choiceInWords(product)}
            checked={draft.skuIds.includes(product.skuId)}
            onChange={(_event, data) => {
              dispatch({ type: 'product', skuId: product.skuId, picked: data.checked === true });
            }}
          />
        ))}
      </div>
    </FormDialog>
  );
}
