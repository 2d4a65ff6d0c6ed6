/** The list's filter bar: search by name, a licence filter and a product. */
import { Dropdown, Option, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { productDisplayName } from './license-model';
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

export interface UsersFiltersProps {
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly filter: UserFilter | undefined;
  readonly onFilter: (filter: UserFilter | undefined) => void;
  readonly sku: string | undefined;
  readonly onSku: (sku: string | undefined) => void;
  readonly skus: readonly SubscribedSku[];
}

export function UsersFilters({
  search,
  onSearch,
  filter,
  onFilter,
  sku,
  onSku,
  skus,
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
          onFilter(d.optionValue === 'all' ? undefined : (d.optionValue as UserFilter));
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
        value={sku ? productDisplayName(sku) : 'All products'}
        selectedOptions={[sku ?? 'all']}
        onOptionSelect={(_e, d) => {
          onSku(d.optionValue === 'all' ? undefined : d.optionValue);
        }}
      >
        <Option value="all">All products</Option>
        {skus.map((s) => (
          <Option key={s.skuId} value={s.skuId ?? ''}>
            {productDisplayName(s.skuId ?? '')}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
