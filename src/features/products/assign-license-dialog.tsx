/** Assign: give the product to users or groups, with optional plan toggles; Graph errors shown in words. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useNotify } from '../../components/toasts';
import { isGraphError } from '../../lib/graph/graph-error';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { useAssignDraftStore, type AssignTarget } from './assign-draft-store';
import { AssignTargetPicker } from './assign-target-picker';
import { PlanToggles } from './plan-toggles';
import { productName } from './product-name';
import { useAssignLicense } from './use-assign-license';

interface Failure {
  readonly target: AssignTarget;
  readonly message: string;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const messageOf = (error: unknown): string =>
  isGraphError(error) || error instanceof Error ? error.message : String(error);

export function AssignLicenseDialog({
  sku,
  open,
  onClose,
}: {
  readonly sku: SubscribedSku;
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const styles = useStyles();
  const notify = useNotify();
  const assign = useAssignLicense();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<Failure[]>([]);
  const kind = useAssignDraftStore((s) => s.kind);
  const targets = useAssignDraftStore((s) => s.targets);
  const disabledPlans = useAssignDraftStore((s) => s.disabledPlans);
  const product = productName(sku);

  const close = () => {
    useAssignDraftStore.getState().reset();
    setFailures([]);
    onClose();
  };

  const submit = async () => {
    setBusy(true);
    setFailures([]);
    const failed: Failure[] = [];
    const done: AssignTarget[] = [];
    for (const target of targets) {
      try {
        await assign.mutateAsync({ kind, id: target.id, skuId: sku.skuId ?? '', disabledPlans });
        done.push(target);
      } catch (error) {
        failed.push({ target, message: messageOf(error) });
      }
    }
    setBusy(false);
    if (done.length > 0) {
      const names = done.map((t) => t.displayName).join(', ');
      notify.success(
        'License assigned',
        kind === 'user'
          ? `${names} now ${done.length === 1 ? 'has' : 'have'} ${product}.`
          : `${product} assigned to ${names}. Members are being processed.`,
      );
    }
    if (failed.length === 0) {
      close();
    } else {
      for (const t of done) useAssignDraftStore.getState().toggleTarget(t);
      setFailures(failed);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_e, data) => {
        if (!data.open && !busy) close();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Assign {product}</DialogTitle>
          <DialogContent className={styles.content}>
            {failures.length > 0 ? (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>Could not assign the license</MessageBarTitle>
                  <ul>
                    {failures.map((f) => (
                      <li key={f.target.id}>
                        {f.target.displayName}: {f.message}
                      </li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <AssignTargetPicker />
            <PlanToggles sku={sku} />
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || targets.length === 0}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={() => void submit()}
            >
              Assign
            </Button>
            <Button disabled={busy} onClick={close}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
