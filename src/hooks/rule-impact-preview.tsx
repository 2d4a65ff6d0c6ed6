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
import type { MembershipRulePreview } from '../api/previews';
import type { UserLicenseImpact } from '../lib/graph/graph-types';
import { planName, productName } from '../lib/licensing/names';
import { errorTitle } from '../lib/licensing/words';
import { useT, type Translate } from '../lib/i18n/use-t';

const SHOWN_ROWS = 100;

const names = (ids: readonly string[], name: (id: string) => string) =>
  ids.map((id) => name(id)).join(', ');

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  seats: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface Row {
  readonly id: string;
  readonly displayName: string;
  readonly move: 'joins' | 'leaves' | null;
  readonly impact: UserLicenseImpact | undefined;
}

function rowsOf(preview: MembershipRulePreview): Row[] {
  const impact = new Map(preview.users.map((u) => [u.userId, u]));
  const rows: Row[] = [
    ...preview.left.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      move: 'leaves' as const,
      impact: impact.get(r.id),
    })),
    ...preview.joined.map((r) => ({
      id: r.id,
      displayName: r.displayName,
      move: 'joins' as const,
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
    ? t('common.none')
    : errors.map((e) => `${productName(e.skuId)}: ${errorTitle(t, e.error)}`).join(', ');
}

export function RuleImpactPreview({ preview }: { preview: MembershipRulePreview }) {
  const styles = useStyles();
  const t = useT();
  const rows = rowsOf(preview);
  const losing = preview.usersLosingLicenses;
  const seats = Object.entries(preview.seatDelta);
  return (
    <section className={styles.root} aria-label={t('rules.impact.title')}>
      <Subtitle2 as="h3">{t('rules.impact.title')}</Subtitle2>
      <div className={styles.summary}>
        <Badge appearance="tint" color="success">
          {t('rules.impact.join', { count: preview.totalJoined })}
        </Badge>
        <Badge appearance="tint" color="danger">
          {t('rules.impact.leave', { count: preview.totalLeft })}
        </Badge>
        <Badge appearance="tint" color={losing > 0 ? 'danger' : 'informative'}>
          {t('rules.impact.lose', { count: losing })}
        </Badge>
        <Badge appearance="tint" color={preview.newErrorCount > 0 ? 'warning' : 'informative'}>
          {t('rules.impact.errors', { count: preview.newErrorCount })}
        </Badge>
      </div>
      {seats.length > 0 ? (
        <ul className={styles.seats} aria-label={t('rules.impact.seatChanges')}>
          {seats.map(([skuId, delta]) => (
            <li key={skuId}>
              <Body1>{t('rules.impact.seats', { product: productName(skuId), delta })}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>{t('rules.impact.noSeats')}</Caption1>
      )}
      {preview.newErrorCount > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('rules.impact.intoError', { count: preview.newErrorCount })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {rows.length === 0 ? (
        <Body1>{t('rules.impact.nobody')}</Body1>
      ) : (
        <Table size="small" aria-label={t('rules.impact.users')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('rules.impact.col.user')}</TableHeaderCell>
              <TableHeaderCell>{t('rules.impact.col.membership')}</TableHeaderCell>
              <TableHeaderCell>{t('rules.impact.col.gained')}</TableHeaderCell>
              <TableHeaderCell>{t('rules.impact.col.lost')}</TableHeaderCell>
              <TableHeaderCell>{t('rules.impact.col.plansLost')}</TableHeaderCell>
              <TableHeaderCell>{t('rules.impact.col.errors')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <TableRow key={row.id}>
                <TableCell>{row.displayName}</TableCell>
                <TableCell>{t(`rules.impact.${row.move ?? 'stays'}`)}</TableCell>
                <TableCell>
                  {names(row.impact?.gainedSkus ?? [], productName) || t('common.none')}
                </TableCell>
                <TableCell>
                  {names(row.impact?.lostSkus ?? [], productName) || t('common.none')}
                </TableCell>
                <TableCell>
                  {names(row.impact?.lostPlans ?? [], planName) || t('common.none')}
                </TableCell>
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
          {t('rules.impact.showing', {
            shown: Math.min(rows.length, SHOWN_ROWS),
            all: Math.max(rows.length, preview.totalUsers, preview.totalLeft + preview.totalJoined),
          })}
        </Caption1>
      ) : null}
    </section>
  );
}
