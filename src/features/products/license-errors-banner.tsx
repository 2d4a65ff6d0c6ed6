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
import { GroupLicensesLink } from './group-licenses-link';
import { SPACE, useT } from '../../lib/i18n/use-t';

const SHOWN = 8;

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

export function LicenseErrorsBanner() {
  const styles = useStyles();
  const t = useT();
  const groups = useGroupsWithLicenseErrors().data ?? [];
  if (groups.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('products.errors.title', { count: groups.length })}</MessageBarTitle>
        {t('products.errors.body')}
        {SPACE}
        <RouterLink to="/groups" search={{ filter: 'errors' }}>
          {t('products.errors.link')}
        </RouterLink>
        <ul className={styles.list} aria-label={t('products.errors.list')}>
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
