/** Assign: pick products the organization owns and add them to the group (all plans on). */
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useReducer } from 'react';
import type { Group, Product } from '../../api/types';
import { ErrorList } from '../../components/error-list';
import { FormDialog } from '../../components/form-dialog';
import { useNotify } from '../../components/toasts';
import { useAssignFlow } from '../../hooks/use-assign-flow';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { productName } from '../../lib/licensing/names';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

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
  const t = useT();
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
      t('groups.assign.done'),
      t('groups.assign.doneBody', {
        products: draft.skuIds.map((id) => productName(id)).join(', '),
        group: group.displayName,
      }),
    );
    onClose();
  };

  return (
    <FormDialog
      title={t('groups.assign.title')}
      submitLabel={t('groups.lic.assign')}
      canSubmit={draft.skuIds.length > 0}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ErrorList
        title={t('groups.assign.failed')}
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      <div className={styles.list} role="group" aria-label={t('groups.assign.products')}>
        {choices.length === 0 ? <p>{t('groups.assign.allAssigned')}</p> : null}
        {choices.map((product) => (
          <Checkbox
            key={product.skuId}
            label={t('groups.assign.choice', {
              product: product.name,
              available: product.seats.available,
            })}
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
