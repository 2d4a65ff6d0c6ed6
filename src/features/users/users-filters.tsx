/** The list's filter bar: search by name, a licence filter and a product. */
import { Dropdown, Option, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import type { Product, SkuId } from '../../api/types';
import { productName } from '../../lib/licensing/names';
import type { UserFilter } from './user-search';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const FILTER_LABELS: Record<UserFilter | 'all', string> = {
  all: 'All users',
  licensed: 'Licensed',
  unlicensed: 'Unlicensed',
  errors: 'With license errors',
};

const ALL_PRODUCTS = 'All products';

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
  const filterValue = filter ?? 'all';
  return (
    <div className={styles.bar}>
      <SearchBox
        aria-label="Search users by name"
        placeholder="Search by name"
        value={search}
        onChange={(_e, d) => {
          onSearch(d.value);
        }}
        style={{ minWidth: 280 }}
      />
      <Dropdown
        aria-label="Show"
        value={FILTER_LABELS[filterValue]}
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
            {FILTER_LABELS[key]}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        aria-label="Product"
        value={sku ? productName(sku) : ALL_PRODUCTS}
        selectedOptions={[sku ?? 'all']}
        onOptionSelect={(_e, d) => {
          onSku(products.find((p) => p.skuId === d.optionValue)?.skuId);
        }}
      >
        <Option value="all">{ALL_PRODUCTS}</Option>
        {products.map((p) => (
          <Option key={p.skuId} value={p.skuId}>
            {p.name}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
