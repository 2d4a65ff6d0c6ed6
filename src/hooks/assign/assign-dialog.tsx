/**
 * Assign, one dialog for every direction: a product to users or groups (the product's blade), a
 * product to a group (the group's blade) or to a user (the user's blade, where plans a group
 * already gives are locked On). The admin chooses the product and its plans, sees the seats left
 * and what the change would do, then confirms with Assign. Targets Graph refuses stay in the
 * dialog with Graph's words; the others are done.
 */
import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useReducer } from 'react';
import { findProduct, useProducts } from '../../api/products';
import type { Product, SkuId } from '../../api/types';
import { ErrorList } from '../../components/error-list';
import { FormDialog } from '../../components/form-dialog';
import { useNotify } from '../../components/toasts';
import { assignPlanRows, initiallyOff, productPlanRows } from '../../lib/licensing/assign-plans';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import type { Action } from '../../lib/session/roles';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { useAssignFlow } from '../use-assign-flow';
import { AssignImpact } from './assign-impact';
import { AssignPlansSection } from './assign-plans-section';
import {
  fixedTarget,
  licenseTarget,
  withoutUsageLocation,
  type AssignFixedTarget,
  type AssignTarget,
} from './assign-target';
import { AssignTargetPicker } from './assign-target-picker';
import { UsageLocationWarnings } from './usage-location-warnings';

/** Assign works when the role may assign to users or to groups. */
export const ASSIGN_ACTIONS: readonly Action[] = ['user.assignLicense', 'group.assignLicense'];

export interface AssignDialogProps {
  /** The blade's user or group; without one the admin picks users or groups. */
  readonly target?: AssignFixedTarget;
  /** The blade's product; without one the admin chooses it. */
  readonly product?: Product;
  /** The product chosen at first (the product a user's Licenses tab has open). */
  readonly initialSkuId?: SkuId | undefined;
  /** After a licence was assigned to at least one target. */
  readonly onAssigned?: (skuId: SkuId) => void;
  readonly onClose: () => void;
}

function assignedToast(t: Translate, targets: readonly AssignTarget[], product: string): string {
  const names = targets.map((d) => d.name).join(', ');
  return targets.every((d) => d.kind === 'user')
    ? t('licensing.assign.usersHave', { count: targets.length, names, product })
    : t('licensing.assign.groupsHave', { product, names });
}

export function AssignDialog({
  target,
  product: fixedProduct,
  initialSkuId,
  onAssigned,
  onClose,
}: AssignDialogProps) {
  const t = useT();
  const notify = useNotify();
  const flow = useAssignFlow();
  const products = useProducts();
  const user = target?.kind === 'user' ? target.user : undefined;
  const startSku = fixedProduct?.skuId ?? initialSkuId;
  const [draft, dispatch] = useReducer(
    assignDraftReducer<AssignTarget>,
    emptyDraft<AssignTarget>({
      targets: target ? [fixedTarget(target)] : [],
      ...(startSku ? { skuIds: [startSku], off: user ? initiallyOff(user, startSku) : [] } : {}),
    }),
  );
  const skuId = draft.skuIds[0];
  const product = fixedProduct ?? (skuId ? findProduct(products.data, skuId) : undefined);
  const held = target?.kind === 'group' ? new Set(target.group.licenses.map((l) => l.skuId)) : null;
  const choices = (products.data ?? []).filter(
    (p) => p.appliesTo === 'User' && !(held?.has(p.skuId) ?? false),
  );
  const rows = product
    ? user
      ? assignPlanRows(user, product.skuId)
      : productPlanRows(product)
    : [];
  const refused = withoutUsageLocation(draft.targets);
  const canSubmit = product !== undefined && draft.targets.length > refused.length;

  const submit = async () => {
    if (!product) return;
    const { done, failed } = await flow.submit(
      draft.targets.map((d) => ({ target: licenseTarget(d), name: d.name })),
      draftChange(draft),
    );
    const doneTargets = draft.targets.filter((d) => done.some((x) => x.target.id === d.id));
    if (doneTargets.length > 0) {
      notify.success(t('licensing.assign.done'), assignedToast(t, doneTargets, product.name));
      onAssigned?.(product.skuId);
    }
    if (failed.length === 0) onClose();
    else
      dispatch({
        type: 'targets',
        targets: draft.targets.filter((d) => failed.some((f) => f.target.id === d.id)),
      });
  };

  return (
    <FormDialog
      title={
        target
          ? t('licensing.assign.titleTo', { name: fixedTarget(target).name })
          : t('licensing.assign.titleProduct', { product: product?.name ?? '' })
      }
      submitLabel={t('licensing.assign.submit')}
      canSubmit={canSubmit}
      busy={flow.busy}
      wide
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <ErrorList
        title={t('licensing.assign.failed')}
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      {fixedProduct ? null : (
        <Field label={t('licensing.assign.product')}>
          <Dropdown
            placeholder={t('licensing.assign.choose')}
            value={product?.name ?? ''}
            selectedOptions={product ? [product.skuId] : []}
            onOptionSelect={(_e, d) => {
              const picked = choices.find((p) => p.skuId === d.optionValue);
              if (picked)
                dispatch({
                  type: 'only-product',
                  skuId: picked.skuId,
                  off: user ? initiallyOff(user, picked.skuId) : [],
                });
            }}
          >
            {choices.map((p) => (
              <Option key={p.skuId} value={p.skuId} text={p.name}>
                {t('licensing.assign.option', { product: p.name, available: p.seats.available })}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {target ? null : (
        <AssignTargetPicker
          picked={draft.targets}
          onPickedChange={(targets) => {
            dispatch({ type: 'targets', targets });
          }}
        />
      )}
      <UsageLocationWarnings targets={draft.targets} onLeave={onClose} />
      {product ? (
        <>
          <AssignImpact product={product} targets={draft.targets} change={draftChange(draft)} />
          <AssignPlansSection
            rows={rows}
            off={draft.off}
            onChange={(planIds, on) => {
              dispatch({ type: 'plans', planIds, on });
            }}
          />
        </>
      ) : null}
    </FormDialog>
  );
}
