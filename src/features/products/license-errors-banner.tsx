/** Licenses → Overview: a warning when groups have members with licence errors, with a link to each group. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useGroupsWithLicenseErrors } from '../../api/groups';
import { RouterLink } from '../../components/router-link';
import { formatCount } from '../../lib/format';
import { GroupLicensesLink } from './group-licenses-link';

const SHOWN = 8;

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

const groupsWithErrorsTitle = (n: number) =>
  n === 1
    ? '1 group has members with license errors'
    : `${formatCount(n)} groups have members with license errors`;

export function LicenseErrorsBanner() {
  const styles = useStyles();
  const groups = useGroupsWithLicenseErrors().data ?? [];
  if (groups.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{groupsWithErrorsTitle(groups.length)}</MessageBarTitle>
        Some users did not get their licenses. Open a group to see who and why.{' '}
        <RouterLink to="/groups" search={{ filter: 'errors' }}>
          View groups with license errors
        </RouterLink>
        <ul className={styles.list} aria-label="Groups with license errors">
          {groups.slice(0, SHOWN).map((group) => (
            <li key={group.id}>
              <GroupLicensesLink group={group} />
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
