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
import { formatCount } from '../../lib/format';
import { assignDraftReducer, draftChange, emptyDraft } from '../../lib/licensing/assign-draft';
import { productName } from '../../lib/licensing/names';
import { assignPlanRows, initiallyOff } from './assign-plans';

const route = getRouteApi('/users/$userId');

const useStyles = makeStyles({
  bulk: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

const availableInWords = (name: string, available: number) =>
  `${name} — ${formatCount(available)} available`;
const fromGroups = (names: readonly string[]) => `From group ${names.join(', ')}`;

export interface AssignLicenseDialogProps {
  readonly user: User;
  readonly initialSkuId: SkuId | undefined;
  readonly onClose: () => void;
}

export function AssignLicenseDialog({ user, initialSkuId, onClose }: AssignLicenseDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
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
      'License assigned',
      `${user.displayName} now has ${productName(skuId)} directly.`,
    );
    void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
    onClose();
  };

  return (
    <FormDialog
      title={`Assign license to ${user.displayName}`}
      submitLabel="Assign"
      canSubmit={skuId !== undefined}
      busy={flow.busy}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Field label="Product">
        <Dropdown
          placeholder="Choose a product"
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
              {availableInWords(p.name, p.seats.available)}
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
              Turn all on
            </Button>
            <Button
              size="small"
              onClick={() => {
                dispatch({ type: 'plans', planIds: unlocked, on: false });
              }}
            >
              Turn all off
            </Button>
          </div>
          <SwitchList
            label="Service plans"
            scroll
            rows={rows.map((row) =>
              row.fromGroups.length > 0
                ? {
                    id: row.planId,
                    label: row.name,
                    checked: true,
                    disabled: true,
                    note: fromGroups(row.fromGroups),
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
        title="Could not assign the license"
        items={flow.failures.map((f) => ({ key: f.target.id, name: f.name, error: f.error }))}
      />
      {locationProblem ? (
        <Link
          onClick={() => {
            onClose();
            void navigate({ search: (prev) => ({ ...prev, tab: 'profile' }) });
          }}
        >
          Set the usage location on the Profile tab
        </Link>
      ) : null}
    </FormDialog>
  );
}
