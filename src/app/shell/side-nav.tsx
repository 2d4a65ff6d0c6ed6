/** The left navigation: Users, Groups, Licenses (Overview, All products), Audit logs. */
import {
  NavCategory,
  NavCategoryItem,
  NavDrawer,
  NavDrawerBody,
  NavItem,
  NavSectionHeader,
  NavSubItem,
  NavSubItemGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ContactCardFilled,
  ContactCardRegular,
  DocumentBulletListFilled,
  DocumentBulletListRegular,
  PeopleTeamFilled,
  PeopleTeamRegular,
  PersonFilled,
  PersonRegular,
  bundleIcon,
} from '@fluentui/react-icons';
import { useLocation } from '@tanstack/react-router';
import { useT } from '../../lib/i18n/use-t';
import { useLinkProps } from './use-link-props';

const Users = bundleIcon(PersonFilled, PersonRegular);
const Groups = bundleIcon(PeopleTeamFilled, PeopleTeamRegular);
const Licenses = bundleIcon(ContactCardFilled, ContactCardRegular);
const Audit = bundleIcon(DocumentBulletListFilled, DocumentBulletListRegular);

const useStyles = makeStyles({
  drawer: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    width: '240px',
    minWidth: '240px',
  },
});

/** The nav item a path belongs to. */
export function selectedNavValue(pathname: string): string | undefined {
  if (pathname.startsWith('/licenses/products')) return '/licenses/products';
  return ['/licenses', '/users', '/groups', '/audit'].find(
    (root) => pathname === root || pathname.startsWith(`${root}/`),
  );
}

export function SideNav() {
  const styles = useStyles();
  const pathname = useLocation({ select: (location) => location.pathname });
  const link = useLinkProps();
  const t = useT();
  const selected = selectedNavValue(pathname);
  return (
    <NavDrawer
      open
      type="inline"
      className={styles.drawer}
      selectedValue={selected}
      selectedCategoryValue={selected?.startsWith('/licenses') ? 'licenses' : undefined}
      defaultOpenCategories={['licenses']}
      aria-label={t('shell.nav.label')}
    >
      <NavDrawerBody>
        <NavSectionHeader>{t('shell.nav.manage')}</NavSectionHeader>
        <NavItem value="/users" icon={<Users />} {...link('/users')}>
          {t('shell.nav.users')}
        </NavItem>
        <NavItem value="/groups" icon={<Groups />} {...link('/groups')}>
          {t('shell.nav.groups')}
        </NavItem>
        <NavCategory value="licenses">
          <NavCategoryItem icon={<Licenses />}>{t('shell.nav.licenses')}</NavCategoryItem>
          <NavSubItemGroup>
            <NavSubItem value="/licenses" {...link('/licenses')}>
              {t('shell.nav.overview')}
            </NavSubItem>
            <NavSubItem value="/licenses/products" {...link('/licenses/products')}>
              {t('shell.nav.allProducts')}
            </NavSubItem>
          </NavSubItemGroup>
        </NavCategory>
        <NavSectionHeader>{t('shell.nav.monitoring')}</NavSectionHeader>
        <NavItem value="/audit" icon={<Audit />} {...link('/audit')}>
          {t('shell.nav.auditLogs')}
        </NavItem>
      </NavDrawerBody>
    </NavDrawer>
  );
}
