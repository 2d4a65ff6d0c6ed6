/** One product (`/licenses/products/$skuId?tab=`): seats, Service plans, Licensed users, Licensed groups; Assign and Download. */
import { Tab, TabList, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowDownloadRegular, BoxRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Blade } from '../../components/blade';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useBreadcrumbLabel } from '../../lib/navigation/breadcrumb-store';
import { AssignButton, useAssignPermissions } from './assign-button';
import { useAssignDraftStore } from './assign-draft-store';
import { AssignLicenseDialog } from './assign-license-dialog';
import { LicensedGroupsTab } from './licensed-groups-tab';
import { LicensedUsersTab } from './licensed-users-tab';
import { PRODUCT_TABS, type ProductTab } from './product-search';
import { productName } from './product-name';
import { SeatMeter } from './seat-meter';
import { seatsOf } from './seats';
import { ServicePlansTab } from './service-plans-tab';
import { useDownloadLicensedUsers } from './use-download-licensed-users';
import { useSubscribedSkus } from './use-subscribed-skus';

const route = getRouteApi('/licenses/products/$skuId');

const TAB_LABELS: Record<ProductTab, string> = {
  overview: 'Overview',
  'service-plans': 'Service plans',
  'licensed-users': 'Licensed users',
  'licensed-groups': 'Licensed groups',
};

export function ProductDetailPage() {
  const { skuId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const query = useSubscribedSkus();
  const sku = query.data?.find((s) => (s.skuId ?? '').toLowerCase() === skuId.toLowerCase());
  const name = sku ? productName(sku) : undefined;
  useBreadcrumbLabel(name);
  const [assigning, setAssigning] = useState(false);
  const allowed = useAssignPermissions();
  const csv = useDownloadLicensedUsers(sku);

  const openAssign = () => {
    useAssignDraftStore.getState().reset();
    if (!allowed.user) useAssignDraftStore.getState().setKind('group');
    setAssigning(true);
  };

  return (
    <Blade
      title={name ?? 'Product'}
      subtitle={sku ? `${sku.skuPartNumber ?? ''} · ${sku.skuId ?? ''}` : undefined}
      icon={<BoxRegular />}
      commands={
        <Toolbar aria-label="Product commands">
          <AssignButton onClick={openAssign} />
          <ToolbarButton
            icon={<ArrowDownloadRegular />}
            disabled={!sku || csv.busy}
            onClick={() => void csv.download()}
          >
            Download
          </ToolbarButton>
          <ToolbarButton
            icon={<ArrowClockwiseRegular />}
            onClick={() => void queryClient.invalidateQueries({ queryKey: ['graph'] })}
          >
            Refresh
          </ToolbarButton>
        </Toolbar>
      }
      tabs={
        <TabList
          selectedValue={tab}
          onTabSelect={(_event, data) =>
            void navigate({ search: { tab: data.value as ProductTab } })
          }
        >
          {PRODUCT_TABS.map((value) => (
            <Tab key={value} value={value}>
              {TAB_LABELS[value]}
            </Tab>
          ))}
        </TabList>
      }
    >
      {query.isPending ? <Loading label="Loading product" /> : null}
      {query.isError ? (
        <ErrorMessage
          title="Could not load the product"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {query.isSuccess && !sku ? (
        <ErrorMessage
          title="Product not found"
          error={`No product with id ${skuId} in this organization.`}
        />
      ) : null}
      {sku && tab === 'overview' ? <SeatMeter name="Seats" seats={seatsOf(sku)} /> : null}
      {sku && tab === 'service-plans' ? <ServicePlansTab sku={sku} /> : null}
      {sku && tab === 'licensed-users' ? <LicensedUsersTab skuId={sku.skuId ?? skuId} /> : null}
      {sku && tab === 'licensed-groups' ? <LicensedGroupsTab skuId={sku.skuId ?? skuId} /> : null}
      {sku ? (
        <AssignLicenseDialog
          sku={sku}
          open={assigning}
          onClose={() => {
            setAssigning(false);
          }}
        />
      ) : null}
    </Blade>
  );
}
