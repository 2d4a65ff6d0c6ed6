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
import { useNestedGroups } from '../../api/group-members';
import { useUserMemberCount } from '../../api/member-counts';
import { useProducts } from '../../api/products';
import type { Group, SkuId } from '../../api/types';
import { useAssignLicense } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { QueryState } from '../../components/query-state';
import { useNotify } from '../../components/toasts';
import { productName } from '../../lib/licensing/names';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignDialog } from '../../hooks/assign/assign-dialog';
import { useGroupLicenseDraft, useLicenseDraftStore } from './license-draft-store';
import { LicenseErrorsSection } from './license-errors-section';
import { LicenseSaveBar } from './license-save-bar';
import { NestedGroupsWarning } from './nested-groups-warning';
import { NewPlansWarning } from './new-plans-warning';
import { ProcessingBanner } from './processing-banner';
import { ProductPlansCard } from './product-plans-card';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function GroupLicensesTab({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const notify = useNotify();
  const t = useT();
  const products = useProducts();
  // Two small reads, never the members themselves (61 pages for the 60,000-member group, read
  // while the admin previews and saves): how many users the licences reach, and the nested groups
  // they do not.
  const userMemberCount = useUserMemberCount(group.id);
  const nestedGroups = useNestedGroups(group.id);
  const draft = useGroupLicenseDraft(group.id);
  const setPlanEnabled = useLicenseDraftStore((s) => s.setPlanEnabled);
  const discard = useLicenseDraftStore((s) => s.discard);
  const assign = useAssignLicense();
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<SkuId | null>(null);
  const canCarry = group.securityEnabled;
  const userMembers = userMemberCount.data ?? 0;

  const remove = () => {
    if (removing === null) return;
    assign.mutate(
      { target: { kind: 'group', id: group.id }, change: { add: [], remove: [removing] } },
      {
        onSuccess: () => {
          discard(group.id);
          setRemoving(null);
          notify.success(
            t('groups.lic.removed'),
            t('groups.lic.removedBody', {
              product: productName(removing),
              group: group.displayName,
            }),
          );
        },
        onError: (error) => {
          setRemoving(null);
          notify.error(t('groups.lic.removeFailed'), error);
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
            <MessageBarTitle>{t('groups.lic.cannotHold')}</MessageBarTitle>
            {t('groups.lic.cannotHoldBody', { group: group.displayName })}
          </MessageBarBody>
        </MessageBar>
      )}
      <NestedGroupsWarning members={nestedGroups.data} />
      <NewPlansWarning group={group} products={products.data} />
      <section aria-labelledby="assigned-products" className={styles.section}>
        <Subtitle2 as="h2" id="assigned-products">
          {t('groups.lic.assigned')}
        </Subtitle2>
        <p className={styles.text}>
          {group.licenses.length === 0
            ? t('groups.lic.noneAssigned')
            : group.licenses.map((l) => productName(l.skuId)).join(', ')}
        </p>
      </section>
      <section aria-labelledby="assignments" className={styles.cards}>
        <div className={styles.heading}>
          <Subtitle2 as="h2" id="assignments">
            {t('groups.lic.assignments')}
          </Subtitle2>
          <Toolbar aria-label={t('groups.lic.commands')}>
            <RequirePermission action="group.assignLicense">
              <ToolbarButton
                icon={<AddRegular />}
                disabled={!canCarry || !products.isSuccess}
                onClick={() => {
                  setAssigning(true);
                }}
              >
                {t('groups.lic.assign')}
              </ToolbarButton>
            </RequirePermission>
          </Toolbar>
        </div>
        <LicenseSaveBar group={group} draft={draft} userMemberCount={userMembers} />
        <QueryState
          query={products}
          data={products.data}
          loading={t('groups.lic.loadingProducts')}
          error={t('groups.lic.loadProductsFailed')}
          rows={3}
        >
          {(owned) =>
            group.licenses.map((license) => {
              const product = owned.find((p) => p.skuId === license.skuId);
              return product ? (
                <ProductPlansCard
                  key={license.skuId}
                  product={product}
                  license={license}
                  draft={draft[license.skuId]}
                  disabled={!canCarry || assign.isPending}
                  onToggle={(planId, enabled) => {
                    setPlanEnabled(group.id, license.skuId, planId, enabled, license.disabledPlans);
                  }}
                  onRemove={() => {
                    setRemoving(license.skuId);
                  }}
                />
              ) : null;
            })
          }
        </QueryState>
      </section>
      {group.licenses.length > 0 ? <LicenseErrorsSection group={group} /> : null}
      {assigning ? (
        <AssignDialog
          target={{ kind: 'group', group }}
          onClose={() => {
            setAssigning(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('groups.lic.removeTitle')}
        confirmLabel={t('groups.members.remove')}
        busy={assign.isPending}
        onConfirm={remove}
        onCancel={() => {
          setRemoving(null);
        }}
      >
        {t('groups.lic.removeQuestion', {
          product: removing ? productName(removing) : '',
          group: group.displayName,
          users: userMembers,
        })}
      </ConfirmDialog>
    </>
  );
}
