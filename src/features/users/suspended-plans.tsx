/**
 * The plans the user lost whose data is still kept (Suspended), of every product, including
 * products the user no longer holds, so they are found before the grace period ends.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { User } from '../../api/types';
import { planName } from '../../lib/licensing/names';
import { suspendedPlans } from '../../lib/licensing/product-licenses';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  bar: { marginTop: tokens.spacingVerticalL },
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

export function SuspendedPlans({ user }: { readonly user: User }) {
  const styles = useStyles();
  const t = useT();
  const plans = suspendedPlans(user)
    .map((plan) => ({ id: plan.id, name: planName(plan.id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (plans.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar}>
      <MessageBarBody>
        <MessageBarTitle>{t('users.suspended.title')}</MessageBarTitle>
        {t('users.suspended.body', { count: plans.length })}
        <ul className={styles.list} aria-label={t('users.suspended.list')}>
          {plans.map((plan) => (
            <li key={plan.id}>{plan.name}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
