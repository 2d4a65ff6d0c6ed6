/** One product (`/licenses/products/$skuId?tab=`): seats, Service plans, Licensed users, Licensed groups; Assign and Download. */
import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import {
  AddRegular,
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  BoxRegular,
} from '@fluentui/react-icons';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { findProduct, useProducts } from '../../api/products';
import { useRefresh } from '../../api/refresh';
import { Blade } from '../../components/blade';
import { BladeTabs } from '../../components/blade-tabs';
import { ErrorMessage } from '../../components/error-message';
import { QueryState } from '../../components/query-state';
import { RequirePermission } from '../../lib/session/require-permission';
import { AssignDialog, ASSIGN_ACTIONS } from '../../hooks/assign/assign-dialog';
import { LicensedGroupsTab } from './licensed-groups-tab';
import { LicensedUsersTab } from './licensed-users-tab';
import { PRODUCT_TAB_LABELS, PRODUCT_TABS } from './product-search';
import { SeatMeter } from './seat-meter';
import { SubscriptionsTable } from './subscriptions-table';
import { useSubscriptions } from '../../api/subscriptions';
import { expiringUntil } from '../../lib/licensing/seats';
import { ServicePlansTab } from './service-plans-tab';
import { useDownloadLicensedUsers } from './use-download-licensed-users';
import { useT } from '../../lib/i18n/use-t';

const route = getRouteApi('/licenses/products/$skuId');

export function ProductDetailPage() {
  const { skuId } = route.useParams();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useProducts();
  const refresh = useRefresh();
  const t = useT();
  const product = findProduct(query.data, skuId);
  const [assigning, setAssigning] = useState(false);
  const csv = useDownloadLicensedUsers(product ?? undefined);
  const subscriptions = useSubscriptions(tab === 'overview');
  return (
    <Blade
      title={product?.name ?? t('products.product')}
      subtitle={
        product
          ? t('products.detailSubtitle', { partNumber: product.partNumber, skuId: product.skuId })
          : undefined
      }
      icon={<BoxRegular />}
      commands={
        <Toolbar aria-label={t('products.commands')}>
          <RequirePermission action={ASSIGN_ACTIONS}>
            <ToolbarButton
              icon={<AddRegular />}
              onClick={() => {
                setAssigning(true);
              }}
            >
              {t('products.assign')}
            </ToolbarButton>
          </RequirePermission>
          <ToolbarButton
            icon={<ArrowDownloadRegular />}
            disabled={!product || csv.busy}
            onClick={() => void csv.download()}
          >
            {t('products.download')}
          </ToolbarButton>
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={refresh}>
            {t('common.refresh')}
          </ToolbarButton>
        </Toolbar>
      }
      tabs={
        <BladeTabs
          tabs={PRODUCT_TABS}
          labels={PRODUCT_TAB_LABELS}
          selected={tab}
          onSelect={(next) => void navigate({ search: { tab: next } })}
        />
      }
    >
      <QueryState
        query={query}
        data={query.data}
        loading={t('products.loadingProduct')}
        error={t('products.loadProductFailed')}
      >
        {() =>
          product ? (
            <>
              {tab === 'overview' ? (
                <>
                  <SeatMeter
                    name={t('products.seats')}
                    seats={product.seats}
                    expiringUntil={expiringUntil(subscriptions.data, product.skuId)}
                  />
                  <SubscriptionsTable skuId={product.skuId} />
                </>
              ) : null}
              {tab === 'service-plans' ? <ServicePlansTab product={product} /> : null}
              {tab === 'licensed-users' ? <LicensedUsersTab skuId={product.skuId} /> : null}
              {tab === 'licensed-groups' ? <LicensedGroupsTab skuId={product.skuId} /> : null}
              {assigning ? (
                <AssignDialog
                  product={product}
                  onClose={() => {
                    setAssigning(false);
                  }}
                />
              ) : null}
            </>
          ) : (
            <ErrorMessage
              title={t('products.notFound')}
              error={t('products.notFoundBody', { skuId })}
            />
          )
        }
      </QueryState>
    </Blade>
  );
}
