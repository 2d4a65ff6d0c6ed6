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
import { names, planName, productName } from './license-names';
import type { UserLicenseImpact } from '../../lib/graph/graph-types';
import type { MembershipRulePreview } from './use-preview-membership-rule';

const SHOWN_ROWS = 100;

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
      displayName: r.displayName ?? r.id,
      move: 'Leaves' as const,
      impact: impact.get(r.id),
    })),
    ...preview.joined.map((r) => ({
      id: r.id,
      displayName: r.displayName ?? r.id,
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

function errorsText(impact: UserLicenseImpact | undefined): string {
  const errors = impact?.newErrors ?? [];
  return errors.length === 0
    ? '—'
    : errors.map((e) => `${productName(e.skuId)}: ${e.error}`).join(', ');
}

export function RuleImpactPreview({ preview }: { preview: MembershipRulePreview }) {
  const styles = useStyles();
  const rows = rowsOf(preview);
  const losing = preview.usersLosingLicenses;
  const seats = Object.entries(preview.seatDelta);
  return (
    <section className={styles.root} aria-label="Impact preview">
      <Subtitle2 as="h3">Impact preview</Subtitle2>
      <div className={styles.summary}>
        <Badge appearance="tint" color="success">
          {preview.totalJoined} users join
        </Badge>
        <Badge appearance="tint" color="danger">
          {preview.totalLeft} users leave
        </Badge>
        <Badge appearance="tint" color={losing > 0 ? 'danger' : 'informative'}>
          {losing} users lose licenses
        </Badge>
        <Badge appearance="tint" color={preview.newErrorCount > 0 ? 'warning' : 'informative'}>
          {preview.newErrorCount} new license errors
        </Badge>
      </div>
      {seats.length > 0 ? (
        <ul className={styles.seats} aria-label="Seat changes">
          {seats.map(([skuId, delta]) => (
            <li key={skuId}>
              <Body1>
                {productName(skuId)}: {delta > 0 ? `+${String(delta)}` : String(delta)} seats
              </Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>No seat changes.</Caption1>
      )}
      {preview.newErrorCount > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {preview.newErrorCount} license assignments would go into error.
          </MessageBarBody>
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
                <TableCell>{errorsText(row.impact)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rows.length > SHOWN_ROWS ||
      preview.totalLeft + preview.totalJoined > preview.left.length + preview.joined.length ? (
        <Caption1 className={styles.muted}>
          Showing {Math.min(rows.length, SHOWN_ROWS)} of{' '}
          {Math.max(rows.length, preview.totalLeft + preview.totalJoined)} users.
        </Caption1>
      ) : null}
    </section>
  );
}
