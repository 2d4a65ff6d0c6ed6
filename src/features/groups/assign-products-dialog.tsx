/** Assign: pick products the organization owns and add them to the group (all plans on). */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useNotify } from '../../components/toasts';
import type { Group, SubscribedSku } from '../../lib/graph/graph-types';
import { productName } from './group-names';
import { useAssignGroupLicense } from './use-assign-group-license';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const available = (sku: SubscribedSku) =>
  (sku.prepaidUnits?.enabled ?? 0) + (sku.prepaidUnits?.warning ?? 0) - (sku.consumedUnits ?? 0);

export function AssignProductsDialog({
  group,
  skus,
  onClose,
}: {
  readonly group: Group;
  readonly skus: readonly SubscribedSku[];
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const assign = useAssignGroupLicense(group.id ?? '');
  const [selected, setSelected] = useState<readonly string[]>([]);
  const assigned = new Set((group.assignedLicenses ?? []).map((l) => l.skuId));
  const choices = skus.filter((s) => !assigned.has(s.skuId) && (s.appliesTo ?? 'User') === 'User');

  const submit = () => {
    assign.mutate(
      { addLicenses: selected.map((skuId) => ({ skuId, disabledPlans: [] })), removeLicenses: [] },
      {
        onSuccess: () => {
          notify.success(
            'Licenses assigned',
            `${selected.map((id) => productName(id, skus)).join(', ')} assigned to ${group.displayName ?? 'the group'}. Members are being processed.`,
          );
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      onOpenChange={(_event, data) => {
        if (!data.open && !assign.isPending) onClose();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Assign licenses</DialogTitle>
          <DialogContent>
            {assign.isError ? <ErrorMessage title="Could not assign" error={assign.error} /> : null}
            <div className={styles.list} role="group" aria-label="Products">
              {choices.length === 0 ? (
                <p>Every product the organization owns is already assigned to this group.</p>
              ) : null}
              {choices.map((sku) => (
                <Checkbox
                  key={sku.skuId}
                  label={`${productName(sku.skuId ?? '', skus)} (${String(Math.max(0, available(sku)))} available)`}
                  checked={selected.includes(sku.skuId ?? '')}
                  onChange={(_event, data) => {
                    setSelected((prev) =>
                      data.checked === true
                        ? [...prev, sku.skuId ?? '']
                        : prev.filter((id) => id !== sku.skuId),
                    );
                  }}
                />
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={selected.length === 0 || assign.isPending}
              onClick={submit}
            >
              Assign
            </Button>
            <Button disabled={assign.isPending} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
