/**
 * Users > Inactive licensed users: the licensed users who have not signed in for more than 14,
 * 30, 60 or 90 days, or whose account is disabled, with their licences and assignment paths, in
 * a virtualised grid (every row read once from Graph, filtered by Graph: see
 * `api/inactive-users.ts`), and a CSV of every row.
 *
 * It lives in the Users blade as a filter because an admin looks for idle people where the people
 * are (the Microsoft 365 admin center and Entra keep sign-in activity on users), and a row opens
 * the user's blade, where the licences are changed.
 */
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { INACTIVE_DAYS, type InactiveDays } from '../../api/inactive-days';
import { useInactiveUsers } from '../../api/inactive-users';
import type { InactiveUser, SkuId } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { useNotify } from '../../components/toasts';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { csvBlob, downloadFile } from '../../lib/csv';
import type { UserId } from '../../lib/ids';
import { loadEnglish } from '../../lib/i18n/english';
import { useFormat, type Format } from '../../lib/i18n/format';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { inactiveUsersCsv, licensesAndPaths } from './inactive-users';
import { narrow } from './narrow-users';
import { ReclaimBar } from './reclaim-bar';
import { usePrices } from '../../lib/licensing/price-store';
import { hasPrices, monthlyCost, toUnits, type PriceList } from '../../lib/licensing/prices';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

/** The selection column, appended after the report's own (Reclaim). */
const selectColumn = (
  t: Translate,
  selected: ReadonlySet<UserId>,
  onSelect: (selected: ReadonlySet<UserId>) => void,
): VirtualTableColumn<InactiveUser> => ({
  id: 'select',
  header: t('users.reclaim.col.select'),
  width: '88px',
  cell: (u) => (
    <Checkbox
      aria-label={t('users.reclaim.selectUser', { name: u.displayName })}
      checked={selected.has(u.id)}
      onClick={(event) => {
        event.stopPropagation();
      }}
      onChange={(_event, data) => {
        const next = new Set(selected);
        if (data.checked === true) next.add(u.id);
        else next.delete(u.id);
        onSelect(next);
      }}
    />
  ),
});

const columnsIn = (
  t: Translate,
  format: Format,
  prices: PriceList,
): VirtualTableColumn<InactiveUser>[] => [
  {
    id: 'name',
    header: t('users.col.name'),
    width: 'minmax(140px, 2fr)',
    cell: (u) => u.displayName,
  },
  {
    id: 'upn',
    header: t('users.col.upn'),
    width: 'minmax(170px, 2fr)',
    cell: (u) => u.userPrincipalName,
  },
  {
    id: 'lastSignIn',
    header: t('users.inactive.col.lastSignIn'),
    width: '128px',
    cell: (u) => (u.lastSignIn ? format.date(u.lastSignIn) : t('users.inactive.never')),
  },
  {
    id: 'reason',
    header: t('users.inactive.col.reason'),
    width: '150px',
    cell: (u) => t('users.inactive.reason', { reason: u.reason }),
  },
  {
    id: 'paths',
    header: t('users.lic.paths'),
    width: 'minmax(220px, 4fr)',
    cell: (u) => licensesAndPaths(t, u),
  },
  // Shown only where a price exists: the same sum as the Cost tab's (`monthlyCost`).
  ...(hasPrices(prices)
    ? [
        {
          id: 'monthlyCost',
          header: t('users.inactive.col.monthlyCost'),
          width: '130px',
          cell: (u: InactiveUser) =>
            format.money(toUnits(monthlyCost(prices, u.licenses).amount), prices.currency ?? ''),
        },
      ]
    : []),
];

export interface InactiveUsersReportProps {
  readonly days: InactiveDays;
  /** The blade's search and product, applied to the rows (and the CSV). */
  readonly search: string;
  readonly sku: SkuId | undefined;
  readonly onDays: (days: InactiveDays) => void;
  readonly onOpen: (user: InactiveUser) => void;
}

export function InactiveUsersReport({
  days,
  search,
  sku,
  onDays,
  onOpen,
}: InactiveUsersReportProps) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const notify = useNotify();
  const query = useInactiveUsers(days);
  const rows = useMemo(
    () => query.data && narrow(query.data, search, sku),
    [query.data, search, sku],
  );
  const [selected, setSelected] = useState<ReadonlySet<UserId>>(new Set());
  const prices = usePrices();
  const columns = useMemo(
    () => [...columnsIn(t, format, prices), selectColumn(t, selected, setSelected)],
    [t, format, prices, selected],
  );
  const download = async (users: readonly InactiveUser[]) => {
    try {
      const english = await loadEnglish();
      notify.success(t('users.inactive.downloaded', { count: users.length }));
      downloadFile(
        `inactive-licensed-users-${String(days)}-days.csv`,
        csvBlob(inactiveUsersCsv(english, users)),
      );
    } catch (error) {
      notify.error(t('users.inactive.loadFailed'), error);
    }
  };
  return (
    <>
      <div className={styles.bar}>
        <Dropdown
          aria-label={t('users.inactive.days')}
          value={t('users.inactive.daysOption', { days })}
          selectedOptions={[String(days)]}
          onOptionSelect={(_e, d) => {
            const next = INACTIVE_DAYS.find((n) => String(n) === d.optionValue);
            if (next) onDays(next);
          }}
        >
          {INACTIVE_DAYS.map((n) => (
            <Option key={n} value={String(n)}>
              {t('users.inactive.daysOption', { days: n })}
            </Option>
          ))}
        </Dropdown>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={!rows || rows.length === 0}
          onClick={() => void (rows && download(rows))}
        >
          {t('users.inactive.download')}
        </Button>
      </div>
      <Caption1 role="status" aria-live="polite">
        {rows ? t('users.inactive.found', { count: rows.length, days }) : ''}
      </Caption1>
      <Caption1>{t('users.inactive.note')}</Caption1>
      <ReclaimBar rows={rows} selected={selected} onSelect={setSelected} />
      <QueryState
        query={query}
        data={rows}
        loading={t('users.inactive.loading')}
        error={t('users.inactive.loadFailed')}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <EmptyState
            title={t('users.inactive.none')}
            description={t('users.inactive.noneDetail', { days })}
          />
        }
      >
        {(users) => (
          <VirtualTable
            label={t('users.inactive.table')}
            columns={columns}
            rows={users}
            getRowId={(u) => u.id}
            onRowActivate={onOpen}
          />
        )}
      </QueryState>
    </>
  );
}
