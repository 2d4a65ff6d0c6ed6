/** What a rule change would do: who joins and leaves, what each gains or loses, seats per product, new errors. */
import {
  Badge,
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { MembershipRulePreview } from '../../api/previews';
import { formatCount } from '../../lib/format';
import type { UserLicenseImpact } from '../../lib/graph/graph-types';
import { planName, productName } from '../../lib/licensing/names';
import { errorTitle } from '../../lib/licensing/words';
import { useT, type Translate } from '../../lib/i18n/use-t';

const SHOWN_ROWS = 100;

const names = (ids: readonly string[], name: (id: string) => string) =>
  ids.map((id) => name(id)).join(', ');
const count = (n: number, one: string, many: string) =>
  n === 1 ? `1 ${one}` : `${formatCount(n)} ${many}`;
const SUMMARY = {
  join: (n: number) => count(n, 'user joins', 'users join'),
  leave: (n: number) => count(n, 'user leaves', 'users leave'),
  lose: (n: number) => count(n, 'user loses licenses', 'users lose licenses'),
  errors: (n: number) => count(n, 'new license error', 'new license errors'),
  intoError: (n: number) =>
    count(n, 'license assignment would go into error.', 'license assignments would go into error.'),
  seats: (product: string, delta: number) =>
    `${product}: ${delta > 0 ? '+' : ''}${formatCount(delta)} seats`,
  showing: (shown: number, all: number) =>
    `Showing ${formatCount(shown)} of ${formatCount(all)} users.`,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  seats: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Row {
  readonly id: string;
  readonly displayName: string;
  readonly move: 'Joins' | 'Leaves' | null;
  readonly impact: UserLicenseImpact | undefined;
}

function rowsOf(preview: MembershipRulePreview): Row[] {
  const impact = new Map(preview.users.map((u) => [u.userId, u]));
  const rows: Row[] = [
    ...preview.left.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      move: 'Leaves' as const,
      impact: impact.get(r.id),
    })),
    ...preview.joined.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      move: 'Joins' as const,
      impact: impact.get(r.id),
    })),
  ];
  const seen = new Set(rows.map((r) => r.id));
  for (const u of preview.users)
    if (!seen.has(u.userId))
      rows.push({ id: u.userId, displayName: u.displayName ?? u.userId, move: null, impact: u });
  return rows;
}

function errorsText(t: Translate, impact: UserLicenseImpact | undefined): string {
  const errors = impact?.newErrors ?? [];
  return errors.length === 0
    ? '—'
    : errors.map((e) => `${productName(e.skuId)}: ${errorTitle(t, e.error)}`).join(', ');
}

export function RuleImpactPreview({ preview }: { preview: MembershipRulePreview }) {
  const styles = useStyles();
  const t = useT();
  const rows = rowsOf(preview);
  const losing = preview.usersLosingLicenses;
  const seats = Object.entries(preview.seatDelta);
  return (
    <section className={styles.root} aria-label="Impact preview">
      <Subtitle2 as="h3">Impact preview</Subtitle2>
      <div className={styles.summary}>
        <Badge appearance="tint" color="success">
          {SUMMARY.join(preview.totalJoined)}
        </Badge>
        <Badge appearance="tint" color="danger">
          {SUMMARY.leave(preview.totalLeft)}
        </Badge>
        <Badge appearance="tint" color={losing > 0 ? 'danger' : 'informative'}>
          {SUMMARY.lose(losing)}
        </Badge>
        <Badge appearance="tint" color={preview.newErrorCount > 0 ? 'warning' : 'informative'}>
          {SUMMARY.errors(preview.newErrorCount)}
        </Badge>
      </div>
      {seats.length > 0 ? (
        <ul className={styles.seats} aria-label="Seat changes">
          {seats.map(([skuId, delta]) => (
            <li key={skuId}>
              <Body1>{SUMMARY.seats(productName(skuId), delta)}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>No seat changes.</Caption1>
      )}
      {preview.newErrorCount > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{SUMMARY.intoError(preview.newErrorCount)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {rows.length === 0 ? (
        <Body1>Nobody joins or leaves; no licenses change.</Body1>
      ) : (
        <Table size="small" aria-label="Users affected">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>User</TableHeaderCell>
              <TableHeaderCell>Membership</TableHeaderCell>
              <TableHeaderCell>Licenses gained</TableHeaderCell>
              <TableHeaderCell>Licenses lost</TableHeaderCell>
              <TableHeaderCell>Service plans lost</TableHeaderCell>
              <TableHeaderCell>New errors</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.displayName}</TableCell>
                <TableCell>{row.move ?? 'Stays'}</TableCell>
                <TableCell>{names(row.impact?.gainedSkus ?? [], productName) || '—'}</TableCell>
                <TableCell>{names(row.impact?.lostSkus ?? [], productName) || '—'}</TableCell>
                <TableCell>{names(row.impact?.lostPlans ?? [], planName) || '—'}</TableCell>
                <TableCell>{errorsText(t, row.impact)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rows.length > SHOWN_ROWS ||
      preview.totalUsers > preview.users.length ||
      preview.totalLeft + preview.totalJoined > preview.left.length + preview.joined.length ? (
        <Caption1 className={styles.muted}>
          {SUMMARY.showing(
            Math.min(rows.length, SHOWN_ROWS),
            Math.max(rows.length, preview.totalUsers, preview.totalLeft + preview.totalJoined),
          )}
        </Caption1>
      ) : null}
    </section>
  );
}
