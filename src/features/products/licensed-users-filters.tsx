/** Licensed users' filter bar: a name search and the assignment path, each path with its count. */
import { Dropdown, Option, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import type { Group } from '../../api/types';
import { useT } from '../../lib/i18n/use-t';
import type { LicensePath } from './product-search';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const ALL = 'all';

export interface LicensedUsersFiltersProps {
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly path: LicensePath | undefined;
  readonly onPath: (path: LicensePath | undefined) => void;
  /** The groups assigning the product, by name. */
  readonly groups: readonly Pick<Group, 'id' | 'displayName'>[];
  /** Users per path, once every licensed user is read; `total` for All paths. */
  readonly counts: { readonly total: number; readonly of: (path: LicensePath) => number } | null;
  /** The admin opened the path list: time to count. */
  readonly onWantCounts: () => void;
}

export function LicensedUsersFilters(props: LicensedUsersFiltersProps) {
  const { search, onSearch, path, onPath, groups, counts, onWantCounts } = props;
  const styles = useStyles();
  const t = useT();
  const label = (value: LicensePath | typeof ALL): string => {
    if (value === ALL)
      return counts
        ? t('products.users.path.allCount', { count: counts.total })
        : t('products.users.path.all');
    const name =
      value === 'direct'
        ? t('products.users.path.direct')
        : (groups.find((g) => g.id === value)?.displayName ?? value);
    return counts ? t('products.users.path.count', { name, count: counts.of(value) }) : name;
  };
  const options: (LicensePath | typeof ALL)[] = [ALL, 'direct', ...groups.map((g) => g.id)];
  return (
    <div className={styles.bar}>
      <SearchBox
        aria-label={t('products.users.search')}
        placeholder={t('products.users.searchPlaceholder')}
        value={search}
        onChange={(_e, d) => {
          onSearch(d.value);
        }}
        style={{ minWidth: 260 }}
      />
      <Dropdown
        aria-label={t('products.users.path')}
        value={label(path ?? ALL)}
        selectedOptions={[path ?? ALL]}
        onOpenChange={(_e, d) => {
          if (d.open) onWantCounts();
        }}
        onOptionSelect={(_e, d) => {
          const next = options.find((o) => o === d.optionValue);
          onPath(next === undefined || next === ALL ? undefined : next);
        }}
        style={{ minWidth: 260 }}
      >
        {options.map((value) => (
          <Option key={value} value={value}>
            {label(value)}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
