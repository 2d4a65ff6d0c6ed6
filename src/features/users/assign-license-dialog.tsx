/**
 * Assign (or change) a direct licence: pick a product, turn its plans on or off. Plans a group
 * already gives are shown On and locked ("From group …"); only the direct assignment's plans toggle.
 */
import {
  Button,
  Dropdown,
  Field,
  Link,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { getRouteApi } from '@tanstack/react-router';
import { useReducer } from 'react';
import { useProducts } from '../../api/products';
import type { SkuId, User } from '../../api/types';
import { ErrorList } from '../../components/error-list';
import { FormDialog } from '../../components/form-dialog';
import { SwitchList } from '../../components/switch-list';
import { useNotify } from '../../components/toasts';
import { useAssignFlow } from '../../hooks/use-assign-flow';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { productName } from '../../lib/licensing/names';
import { assignPlanRows, initiallyOff } from './assign-plans';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/users/$userId');

const useStyles = makeStyles({
  bulk: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

export interface AssignLicenseDialogProps {
  readonly user: User;
  readonly initialSkuId: SkuId | undefined;
  readonly onClose: () => void;
}

export function AssignLicenseDialog({ user, initialSkuId, onClose }: AssignLicenseDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
  const t = useT();
  const navigate = route.useNavigate();
  const products = useProducts();
  const flow = useAssignFlow();
  const [draft, dispatch] = useReducer(
    assignDraftReducer<User>,
    emptyDraft<User>({
      targets: [user],
      ...(initialSkuId ? { skuIds: [initialSkuId], off: initiallyOff(user, initialSkuId) } : {}),
    }),
  );
  const skuId = draft.skuIds[0];
  const rows = skuId ? assignPlanRows(user, skuId) : [];
  const unlocked = rows.filter((row) => row.fromGroups.length === 0).map((row) => row.planId);
  const locationProblem = flow.failures.some(
    (f) => f.error instanceof Error && f.error.message.toLowerCase().includes('usage location'),
  );

  const submit = async () => {
    if (!skuId) return;
    const { done } = await flow.submit(
      [{ target: { kind: 'user', id: user.id }, name: user.displayName }],
      draftChange(draft),
    );
    if (done.length === 0) return;
    notify.success(
      t('users.assign.done'),
      t('users.assign.doneBody', { user: user.displayName, product: productName(skuId) }),
    );
    void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
    onClose();
  };

  return (
    <FormDialog
      title={t('users.assign.title', { user: user.displayName })}
      submitLabel={t('users.cmd.assign')}
      canSubmit={skuId !== undefined}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Field label={t('users.assign.product')}>
        <Dropdown
          placeholder={t('users.assign.choose')}
          value={skuId ? productName(skuId) : ''}
          selectedOptions={skuId ? [skuId] : []}
          onOptionSelect={(_e, d) => {
            const picked = products.data?.find((p) => p.skuId === d.optionValue);
            if (picked)
              dispatch({
                type: 'only-product',
                skuId: picked.skuId,
                off: initiallyOff(user, picked.skuId),
              });
          }}
        >
          {(products.data ?? []).map((p) => (
            <Option key={p.skuId} value={p.skuId} text={p.name}>
              {t('users.assign.available', { product: p.name, available: p.seats.available })}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {skuId ? (
        <>
          <div className={styles.bulk}>
            <Button
              size="small"
              onClick={() => {
                dispatch({ type: 'plans', planIds: unlocked, on: true });
              }}
            >
              {t('users.assign.allOn')}
            </Button>
            <Button
              size="small"
              onClick={() => {
                dispatch({ type: 'plans', planIds: unlocked, on: false });
              }}
            >
              {t('users.assign.allOff')}
            </Button>
          </div>
          <SwitchList
            label={t('users.assign.plans')}
            scroll
            rows={rows.map((row) =>
              row.fromGroups.length > 0
                ? {
                    id: row.planId,
                    label: row.name,
                    checked: true,
                    disabled: true,
                    note: t('users.assign.fromGroups', { groups: row.fromGroups.join(', ') }),
                  }
                : {
                    id: row.planId,
                    label: row.name,
                    checked: !draft.off.includes(row.planId),
                  },
            )}
            onToggle={(id, on) => {
              const row = rows.find((r) => r.planId === id);
              if (row) dispatch({ type: 'plans', planIds: [row.planId], on });
            }}
          />
        </>
      ) : null}
      <ErrorList
        title={t('users.assign.failed')}
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      {locationProblem ? (
        <Link
          onClick={() => {
            onClose();
            void navigate({ search: (prev) => ({ ...prev, tab: 'profile' }) });
          }}
        >
          {t('users.assign.setLocation')}
        </Link>
      ) : null}
    </FormDialog>
  );
}
