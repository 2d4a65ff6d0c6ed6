/**
 * Reclaim's impact preview, in the portal's preview words: products lost and seats freed (the
 * licence-change preview, `ImpactPreview`), the static groups the users leave, the dynamic groups
 * that keep them (named with their rule), what the admin's role leaves in place, and who loses
 * what (the first 100 users).
 */
import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { LicensePreview } from '../../api/previews';
import { ImpactPreview } from '../../hooks/assign/impact-preview';
import { useT } from '../../lib/i18n/use-t';
import { productName } from '../../lib/licensing/names';
import type { ReclaimPlan } from './reclaim-plan';

const SHOWN_USERS = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: '1.2em' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The plan as the licence-change preview reads it: products lost and seats freed. */
export const asLicensePreview = (plan: ReclaimPlan): LicensePreview => ({
  planEffects: [],
  productEffects: plan.losing.map(({ skuId, count }) => ({ skuId, gain: 0, lose: count })),
  usersLosing: plan.users.filter((u) => u.loses.length > 0).length,
  seatDelta: plan.seatsFreed.map(({ skuId, count }) => ({ skuId, delta: -count })),
  newErrorCount: 0,
  newErrorsByCode: {},
});

const list = (items: readonly string[]) => items.join(', ');

export function ReclaimPreview({ plan }: { readonly plan: ReclaimPlan }) {
  const styles = useStyles();
  const t = useT();
  const { licenses, memberships } = plan.notAllowed;
  return (
    <div className={styles.root}>
      <ImpactPreview
        title={t('users.reclaim.impact')}
        preview={asLicensePreview(plan)}
        fetching={false}
      />
      {plan.leaving.length > 0 ? (
        <ul className={styles.list} aria-label={t('users.reclaim.col.leaves')}>
          {plan.leaving.map((g) => (
            <li key={g.id}>
              <Body1>{t('users.reclaim.leaves', { count: g.users, group: g.name })}</Body1>
            </li>
          ))}
        </ul>
      ) : null}
      {plan.dynamic.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('users.reclaim.dynamicTitle')}</MessageBarTitle>
            <ul className={styles.list}>
              {plan.dynamic.map((g) => (
                <li key={g.id}>
                  {t('users.reclaim.dynamic', {
                    group: g.name,
                    rule: g.rule ?? t('users.reclaim.noRule'),
                    count: g.users,
                  })}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {licenses > 0 ? (
        <Body1>{t('users.reclaim.notAllowedLicenses', { count: licenses })}</Body1>
      ) : null}
      {memberships > 0 ? (
        <Body1>{t('users.reclaim.notAllowedMembers', { count: memberships })}</Body1>
      ) : null}
      <Table size="small" aria-label={t('users.reclaim.users')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('users.reclaim.col.user')}</TableHeaderCell>
            <TableHeaderCell>{t('users.reclaim.col.loses')}</TableHeaderCell>
            <TableHeaderCell>{t('users.reclaim.col.leaves')}</TableHeaderCell>
            <TableHeaderCell>{t('users.reclaim.col.keeps')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.users.slice(0, SHOWN_USERS).map((u) => (
            <TableRow key={u.userId}>
              <TableCell>{u.name}</TableCell>
              <TableCell>
                {list(u.loses.map((sku) => productName(sku))) || t('common.none')}
              </TableCell>
              <TableCell>{list(u.leaveGroups.map((g) => g.name)) || t('common.none')}</TableCell>
              <TableCell>{list(u.keptBy.map((g) => g.name)) || t('common.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {plan.users.length > SHOWN_USERS ? (
        <Caption1 className={styles.muted}>
          {t('users.reclaim.showing', { shown: SHOWN_USERS, all: plan.users.length })}
        </Caption1>
      ) : null}
    </div>
  );
}
