/** Licenses → Overview: a warning when groups have members in licence error, with a link to each group. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useGroupsWithLicenseErrors } from './use-groups-with-license-errors';
import { PortalLink, groupLicensesHref } from './portal-link';

/** The groups list filtered to groups with licence errors (the groups feature's `errors` filter). */
const GROUPS_WITH_ERRORS_HREF = '/groups?filter=errors';
const SHOWN = 8;

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

export function LicenseErrorsBanner() {
  const styles = useStyles();
  const query = useGroupsWithLicenseErrors();
  const groups = query.data ?? [];
  if (groups.length === 0) return null;
  const title =
    groups.length === 1
      ? '1 group has members with license errors'
      : `${String(groups.length)} groups have members with license errors`;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        Some users did not get their licenses. Open a group to see who and why.{' '}
        <PortalLink href={GROUPS_WITH_ERRORS_HREF}>View groups with license errors</PortalLink>
        <ul className={styles.list} aria-label="Groups with license errors">
          {groups.slice(0, SHOWN).map((group) => (
            <li key={group.id}>
              <PortalLink href={groupLicensesHref(group.id ?? '')}>
                {group.displayName ?? group.id}
              </PortalLink>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
