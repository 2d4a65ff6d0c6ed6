/** Licenses: assigned products, Assignments (assign/remove, plan switches, Save/Discard), warnings and failed assignments. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/toasts';
import type { Group } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignProductsDialog } from './assign-products-dialog';
import { productName } from './group-names';
import { useGroupLicenseDraft, useLicenseDraftStore } from './license-draft-store';
import { LicenseErrorsSection } from './license-errors-section';
import { LicenseSaveBar } from './license-save-bar';
import { NestedGroupsWarning } from './nested-groups-warning';
import { NewPlansWarning } from './new-plans-warning';
import { ProcessingBanner } from './processing-banner';
import { ProductPlansCard } from './product-plans-card';
import { useAssignGroupLicense } from './use-assign-group-license';
import { useGroupMembers } from './use-group-members';
import { useSubscribedSkus } from './use-subscribed-skus';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function GroupLicensesTab({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const notify = useNotify();
  const groupId = group.id ?? '';
  const skus = useSubscribedSkus();
  const members = useGroupMembers(groupId);
  const draft = useGroupLicenseDraft(groupId);
  const setPlanEnabled = useLicenseDraftStore((s) => s.setPlanEnabled);
  const discard = useLicenseDraftStore((s) => s.discard);
  const assign = useAssignGroupLicense(groupId);
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const canCarry = group.securityEnabled === true;
  const licenses = group.assignedLicenses ?? [];
  const userMembers = (members.data ?? []).filter(
    (m) => m['@odata.type'] === '#microsoft.graph.user',
  ).length;

  const remove = () => {
    if (removing === null) return;
    const name = productName(removing, skus.data);
    assign.mutate(
      { addLicenses: [], removeLicenses: [removing] },
      {
        onSuccess: () => {
          discard(groupId);
          setRemoving(null);
          notify.success(
            'License removed',
            `${name} was removed from ${group.displayName ?? 'the group'}.`,
          );
        },
        onError: (error) => {
          setRemoving(null);
          notify.error('Could not remove the license', error);
        },
      },
    );
  };

  return (
    <>
      <ProcessingBanner group={group} />
      {canCarry ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This group can&apos;t have licenses</MessageBarTitle>
            Licenses can be assigned only to security groups. {group.displayName} is not
            security-enabled, so Assignments are turned off.
          </MessageBarBody>
        </MessageBar>
      )}
      <NestedGroupsWarning members={members.data} />
      <NewPlansWarning group={group} skus={skus.data} />
      <section aria-labelledby="assigned-products" className={styles.section}>
        <Subtitle2 as="h2" id="assigned-products">
          Assigned products
        </Subtitle2>
        <p className={styles.text}>
          {licenses.length === 0
            ? 'No products are assigned to this group.'
            : licenses.map((l) => productName(l.skuId ?? '', skus.data)).join(', ')}
        </p>
      </section>
      <section aria-labelledby="assignments" className={styles.cards}>
        <div className={styles.heading}>
          <Subtitle2 as="h2" id="assignments">
            Assignments
          </Subtitle2>
          <Toolbar aria-label="Assignment commands">
            <RequirePermission action="group.assignLicense">
              <ToolbarButton
                icon={<AddRegular />}
                disabled={!canCarry || !skus.isSuccess}
                onClick={() => {
                  setAssigning(true);
                }}
              >
                Assign
              </ToolbarButton>
            </RequirePermission>
          </Toolbar>
        </div>
        <LicenseSaveBar
          group={group}
          draft={draft}
          skus={skus.data}
          userMemberCount={userMembers}
        />
        {skus.isPending ? <Loading label="Loading products" rows={3} /> : null}
        {skus.isError ? (
          <ErrorMessage
            title="Could not load products"
            error={skus.error}
            onRetry={() => void skus.refetch()}
          />
        ) : null}
        {licenses.map((license) => (
          <ProductPlansCard
            key={license.skuId}
            skuId={license.skuId ?? ''}
            sku={skus.data?.find((s) => s.skuId === license.skuId)}
            skus={skus.data}
            saved={license.disabledPlans ?? []}
            draft={draft[license.skuId ?? '']}
            disabled={!canCarry || assign.isPending}
            onToggle={(planId, enabled) => {
              setPlanEnabled(
                groupId,
                license.skuId ?? '',
                planId,
                enabled,
                license.disabledPlans ?? [],
              );
            }}
            onRemove={() => {
              setRemoving(license.skuId ?? '');
            }}
          />
        ))}
      </section>
      {licenses.length > 0 ? <LicenseErrorsSection group={group} skus={skus.data} /> : null}
      {assigning && skus.data ? (
        <AssignProductsDialog
          group={group}
          skus={skus.data}
          onClose={() => {
            setAssigning(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title="Remove license"
        confirmLabel="Remove"
        busy={assign.isPending}
        onConfirm={remove}
        onCancel={() => {
          setRemoving(null);
        }}
      >
        {`Remove ${removing ? productName(removing, skus.data) : ''} from ${group.displayName ?? 'the group'}? ${userMembers.toLocaleString('en-US')} ${userMembers === 1 ? 'user loses' : 'users lose'} it unless another group or a direct assignment gives it to them.`}
      </ConfirmDialog>
    </>
  );
}
