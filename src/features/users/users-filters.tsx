/** The list's filter bar: search by name, a licence filter and a product. */
import { Dropdown, Option, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import type { Product, SkuId } from '../../api/types';
import { productName } from '../../lib/licensing/names';
import type { UserFilter } from './user-search';
import type { MessageId } from '../../lib/i18n/messages';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const FILTER_LABELS: Record<UserFilter | 'all', MessageId> = {
  all: 'users.filter.all',
  licensed: 'users.filter.licensed',
  unlicensed: 'users.filter.unlicensed',
  noLocation: 'users.filter.noLocation',
  errors: 'users.filter.errors',
  inactive: 'users.filter.inactive',
};

export interface UsersFiltersProps {
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly filter: UserFilter | undefined;
  readonly onFilter: (filter: UserFilter | undefined) => void;
  readonly sku: SkuId | undefined;
  readonly onSku: (sku: SkuId | undefined) => void;
  readonly products: readonly Product[];
}

export function UsersFilters({
  search,
  onSearch,
  filter,
  onFilter,
  sku,
  onSku,
  products,
}: UsersFiltersProps) {
  const styles = useStyles();
  const t = useT();
  const filterValue = filter ?? 'all';
  return (
    <div className={styles.bar}>
      <SearchBox
        aria-label={t('users.filter.search')}
        placeholder={t('users.filter.searchPlaceholder')}
        value={search}
        onChange={(_e, d) => {
          onSearch(d.value);
        }}
        style={{ minWidth: 280 }}
      />
      <Dropdown
        aria-label={t('users.filter.show')}
        value={t(FILTER_LABELS[filterValue])}
        selectedOptions={[filterValue]}
        onOptionSelect={(_e, d) => {
          const next = (Object.keys(FILTER_LABELS) as (UserFilter | 'all')[]).find(
            (key) => key === d.optionValue,
          );
          onFilter(next === 'all' ? undefined : next);
        }}
      >
        {(Object.keys(FILTER_LABELS) as (UserFilter | 'all')[]).map((key) => (
          <Option key={key} value={key}>
            {t(FILTER_LABELS[key])}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        aria-label={t('users.filter.product')}
        value={sku ? productName(sku) : t('users.filter.allProducts')}
        selectedOptions={[sku ?? 'all']}
        onOptionSelect={(_e, d) => {
          onSku(products.find((p) => p.skuId === d.optionValue)?.skuId);
        }}
      >
        <Option value="all">{t('users.filter.allProducts')}</Option>
        {products.map((p) => (
          <Option key={p.skuId} value={p.skuId}>
            {p.name}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
