/** Profile: who the user is, and their usage location (editable). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { User } from '../../api/types';
import { countryName } from './countries';
import { UsageLocationField } from './usage-location-field';
import { useIntl } from 'react-intl';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

export function UserProfileTab({ user }: { readonly user: User }) {
  const styles = useStyles();
  const t = useT();
  const { locale } = useIntl();
  const none = t('common.none');
  const facts: [string, string][] = [
    [t('users.prop.name'), user.displayName],
    [t('users.prop.upn'), user.userPrincipalName],
    [t('users.prop.jobTitle'), user.jobTitle ?? none],
    [t('users.prop.department'), user.department ?? none],
    [t('users.prop.country'), user.country ?? none],
    [
      t('users.prop.usageLocation'),
      user.usageLocation
        ? t('users.country', {
            name: countryName(user.usageLocation, locale),
            code: user.usageLocation,
          })
        : t('users.notSet'),
    ],
    [t('users.prop.account'), t(user.accountEnabled ? 'users.enabled' : 'users.disabled')],
  ];
  return (
    <>
      <dl className={styles.facts} aria-label={t('users.tab.profile')}>
        {facts.map(([term, value]) => [
          <dt key={`${term}-t`} className={styles.term}>
            {term}
          </dt>,
          <dd key={`${term}-d`} className={styles.value}>
            {value}
          </dd>,
        ])}
      </dl>
      <UsageLocationField key={user.usageLocation ?? 'none'} user={user} />
    </>
  );
}
