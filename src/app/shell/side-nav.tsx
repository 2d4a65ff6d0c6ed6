/** The left navigation: Users, Groups, Licenses (Overview, All products), Audit logs. */
import {
  NavCategory,
  NavCategoryItem,
  NavDrawer,
  NavDrawerBody,
  NavSectionHeader,
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
import { NavItemLink, NavSubItemLink } from './nav-links';

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
        <NavItemLink value="/users" icon={<Users />} to="/users">
          {t('shell.nav.users')}
        </NavItemLink>
        <NavItemLink value="/groups" icon={<Groups />} to="/groups">
          {t('shell.nav.groups')}
        </NavItemLink>
        <NavCategory value="licenses">
          <NavCategoryItem icon={<Licenses />}>{t('shell.nav.licenses')}</NavCategoryItem>
          <NavSubItemGroup>
            <NavSubItemLink value="/licenses" to="/licenses">
              {t('shell.nav.overview')}
            </NavSubItemLink>
            <NavSubItemLink value="/licenses/products" to="/licenses/products">
              {t('shell.nav.allProducts')}
            </NavSubItemLink>
          </NavSubItemGroup>
        </NavCategory>
        <NavSectionHeader>{t('shell.nav.monitoring')}</NavSectionHeader>
        <NavItemLink value="/audit" icon={<Audit />} to="/audit">
          {t('shell.nav.auditLogs')}
        </NavItemLink>
      </NavDrawerBody>
    </NavDrawer>
  );
}
