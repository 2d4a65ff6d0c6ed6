/** Profile: who the user is, and their usage location (editable). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { User } from '../../lib/graph/graph-types';
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

export function UserProfileTab({ user }: { user: User }) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Name', user.displayName ?? ''],
    ['User principal name', user.userPrincipalName ?? ''],
    ['Job title', user.jobTitle ?? '—'],
    ['Department', user.department ?? '—'],
    ['Country', user.country ?? '—'],
    [
      'Usage location',
      user.usageLocation ? `${countryName(user.usageLocation)} (${user.usageLocation})` : 'Not set',
    ],
    ['Account', user.accountEnabled === false ? 'Disabled' : 'Enabled'],
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
      <UsageLocationField
        key={user.usageLocation ?? 'none'}
        userId={user.id ?? ''}
        displayName={user.displayName ?? ''}
        usageLocation={user.usageLocation ?? null}
      />
    </>
  );
}
