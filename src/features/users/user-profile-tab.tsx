/** Profile: who the user is, and their usage location (editable). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { User } from '../../api/types';
import { countryName } from './countries';
import { UsageLocationField } from './usage-location-field';

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

const NONE = '—';
const NOT_SET = 'Not set';

export function UserProfileTab({ user }: { readonly user: User }) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Name', user.displayName],
    ['User principal name', user.userPrincipalName],
    ['Job title', user.jobTitle ?? NONE],
    ['Department', user.department ?? NONE],
    ['Country', user.country ?? NONE],
    [
      'Usage location',
      user.usageLocation ? `${countryName(user.usageLocation)} (${user.usageLocation})` : NOT_SET,
    ],
    ['Account', user.accountEnabled ? 'Enabled' : 'Disabled'],
  ];
  return (
    <>
      <dl className={styles.facts} aria-label="Profile">
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
