/**
 * Assign (or change) a direct licence: pick a product, turn its plans on or off. Plans a group
 * already gives are shown On and locked ("From group …"); only the direct assignment's plans toggle.
 */
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Link,
  Option,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { getRouteApi } from '@tanstack/react-router';
import { ErrorMessage } from '../../components/error-message';
import { useNotify } from '../../components/toasts';
import type { User } from '../../lib/graph/graph-types';
import { assignPlanRows, disabledPlansOf, initialPlanToggles } from './assign-plans';
import { useAssignDraftStore } from './assign-draft-store';
import { productDisplayName } from './license-model';
import { useAssignUserLicense } from './use-assign-user-license';
import { useSubscribedSkus } from './use-subscribed-skus';

const route = getRouteApi('/users/$userId');

const useStyles = makeStyles({
  plans: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalM,
    maxHeight: '50vh',
    overflowY: 'auto',
  },
  plan: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  bulk: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  locked: { color: tokens.colorNeutralForeground3 },
});

export interface AssignLicenseDialogProps {
  readonly user: User;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly groupName: (id: string) => string;
}

export function AssignLicenseDialog({ user, open, onClose, groupName }: AssignLicenseDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
  const navigate = route.useNavigate();
  const skus = useSubscribedSkus();
  const mutation = useAssignUserLicense(user.id ?? '');
  const { skuId, plans, start, toggle } = useAssignDraftStore();
  const rows = skuId ? assignPlanRows(user, skuId) : [];

  const close = () => {
    mutation.reset();
    onClose();
  };
  const submit = () => {
    if (!skuId) return;
    mutation.mutate(
      { addLicenses: [{ skuId, disabledPlans: disabledPlansOf(rows, plans) }], removeLicenses: [] },
      {
        onSuccess: () => {
          notify.success(
            'License assigned',
            `${user.displayName ?? ''} now has ${productDisplayName(skuId)} directly.`,
          );
          void navigate({ search: (prev) => ({ ...prev, product: skuId }) });
          close();
        },
      },
    );
  };
  const locationProblem = mutation.error?.message.toLowerCase().includes('usage location') ?? false;

  return (
    <Dialog
      open={open}
      onOpenChange={(_e, d) => {
        if (!d.open && !mutation.isPending) close();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Assign license to {user.displayName}</DialogTitle>
          <DialogContent>
            <Field label="Product">
              <Dropdown
                placeholder="Choose a product"
                value={skuId ? productDisplayName(skuId) : ''}
                selectedOptions={skuId ? [skuId] : []}
                onOptionSelect={(_e, d) => {
                  if (d.optionValue) start(d.optionValue, initialPlanToggles(user, d.optionValue));
                }}
              >
                {(skus.data ?? []).map((s) => {
                  const free =
                    (s.prepaidUnits?.enabled ?? 0) +
                    (s.prepaidUnits?.warning ?? 0) -
                    (s.consumedUnits ?? 0);
                  const name = productDisplayName(s.skuId ?? '');
                  return (
                    <Option
                      key={s.skuId}
                      value={s.skuId ?? ''}
                      text={name}
                    >{`${name} — ${String(Math.max(0, free))} available`}</Option>
                  );
                })}
              </Dropdown>
            </Field>
            {skuId ? (
              <>
                <div className={styles.bulk}>
                  <Button
                    size="small"
                    onClick={() => {
                      for (const row of rows)
                        if (row.fromGroups.length === 0) toggle(row.servicePlanId, true);
                    }}
                  >
                    Turn all on
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      for (const row of rows)
                        if (row.fromGroups.length === 0) toggle(row.servicePlanId, false);
                    }}
                  >
                    Turn all off
                  </Button>
                </div>
                <div className={styles.plans} role="group" aria-label="Service plans">
                  {rows.map((row) => (
                    <div key={row.servicePlanId} className={styles.plan}>
                      {row.fromGroups.length > 0 ? (
                        <>
                          <Switch label={row.name} checked disabled />
                          <Caption1 className={styles.locked}>
                            From group {row.fromGroups.map(groupName).join(', ')}
                          </Caption1>
                        </>
                      ) : (
                        <Switch
                          label={row.name}
                          checked={plans[row.servicePlanId] === true}
                          onChange={(_e, d) => {
                            toggle(row.servicePlanId, d.checked);
                          }}
                        />
                      )}
                    </div>
                  ))}
                </div>
              </>
            ) : null}
            {mutation.isError ? (
              <>
                <ErrorMessage title="Could not assign the license" error={mutation.error} />
                {locationProblem ? (
                  <Link
                    onClick={() => {
                      close();
                      void navigate({ search: (prev) => ({ ...prev, tab: 'profile' }) });
                    }}
                  >
                    Set the usage location on the Profile tab
                  </Link>
                ) : null}
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={!skuId || mutation.isPending}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={submit}
            >
              Assign
            </Button>
            <Button disabled={mutation.isPending} onClick={close}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
