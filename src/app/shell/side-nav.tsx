/**
 * The left navigation: Users, Groups, Licenses (Overview, All products), Audit logs. Below 1,100 px
 * it folds to a rail of icons (each keeps its name for assistive technology, and shows it on hover)
 * so the blade keeps the width its tables need.
 *
 * It is Fluent's `Nav` dressed as the inline `NavDrawer` it was (the same frame, padding and arrow
 * keys): the navigation never closes, and `NavDrawer` brought Fluent's Drawer, Dialog and motion
 * into the first load (12 kB gzip) for a drawer that never opens or closes.
 */
import {
  Nav,
  NavCategory,
  NavCategoryItem,
  NavSectionHeader,
  NavSubItemGroup,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import {
  BoxMultipleFilled,
  BoxMultipleRegular,
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
import type { ReactElement, ReactNode } from 'react';
import { LazyTooltip } from '../../components/lazy-tooltip';
import type { MessageId } from '../../lib/i18n/messages';
import { useT } from '../../lib/i18n/use-t';
import { NARROW_WINDOW, useMediaQuery } from '../../lib/layout/use-media-query';
import { NavItemLink, NavSubItemLink } from './nav-links';

const Users = bundleIcon(PersonFilled, PersonRegular);
const Groups = bundleIcon(PeopleTeamFilled, PeopleTeamRegular);
const Licenses = bundleIcon(ContactCardFilled, ContactCardRegular);
const Audit = bundleIcon(DocumentBulletListFilled, DocumentBulletListRegular);
const Products = bundleIcon(BoxMultipleFilled, BoxMultipleRegular);

const useStyles = makeStyles({
  // The inline NavDrawer's frame and NavDrawerBody's padding, as Fluent draws them.
  nav: {
    position: 'relative',
    boxSizing: 'border-box',
    maxHeight: '100vh',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    position: 'relative',
    zIndex: 1,
    flex: 1,
    alignSelf: 'stretch',
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `calc(${tokens.spacingHorizontalXXL} + 1px) ${tokens.spacingHorizontalXS} calc(${tokens.spacingHorizontalXXL} + 1px) ${tokens.spacingHorizontalMNudge}`,
  },
  drawer: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    width: '240px',
    minWidth: '240px',
  },
  rail: {
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    width: '64px',
    minWidth: '64px',
  },
  // Out of sight, still the link's name.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** The rail's items, one per destination (Licenses' two pages as two icons). */
const RAIL = [
  { to: '/users', icon: <Users />, label: 'shell.nav.users' },
  { to: '/groups', icon: <Groups />, label: 'shell.nav.groups' },
  { to: '/licenses', icon: <Licenses />, label: 'shell.nav.licenses' },
  { to: '/licenses/products', icon: <Products />, label: 'shell.nav.allProducts' },
  { to: '/audit', icon: <Audit />, label: 'shell.nav.auditLogs' },
] as const satisfies readonly { to: string; icon: ReactElement; label: MessageId }[];

/** The nav item a path belongs to. */
export function selectedNavValue(pathname: string): string | undefined {
  if (pathname.startsWith('/licenses/products')) return '/licenses/products';
  return ['/licenses', '/users', '/groups', '/audit'].find(
    (root) => pathname === root || pathname.startsWith(`${root}/`),
  );
}

/** The items' column: arrow keys move between them, as in Fluent's NavDrawerBody. */
function NavBody({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const arrowKeys = useArrowNavigationGroup({ axis: 'vertical', circular: true, tabbable: false });
  return (
    <div className={styles.body} {...arrowKeys}>
      {children}
    </div>
  );
}

export function SideNav() {
  const narrow = useMediaQuery(NARROW_WINDOW);
  return narrow ? <SideRail /> : <SideDrawer />;
}

function SideRail() {
  const styles = useStyles();
  const pathname = useLocation({ select: (location) => location.pathname });
  const t = useT();
  return (
    <Nav
      role="navigation"
      className={mergeClasses(styles.nav, styles.rail)}
      selectedValue={selectedNavValue(pathname) ?? ''}
      aria-label={t('shell.nav.label')}
    >
      <NavBody>
        {RAIL.map(({ to, icon, label }) => (
          <LazyTooltip key={to} content={t(label)} positioning="after" relationship="inaccessible">
            <NavItemLink value={to} icon={icon} to={to}>
              <span className={styles.hidden}>{t(label)}</span>
            </NavItemLink>
          </LazyTooltip>
        ))}
      </NavBody>
    </Nav>
  );
}

function SideDrawer() {
  const styles = useStyles();
  const pathname = useLocation({ select: (location) => location.pathname });
  const t = useT();
  const selected = selectedNavValue(pathname);
  return (
    <Nav
      role="navigation"
      className={mergeClasses(styles.nav, styles.drawer)}
      selectedValue={selected}
      // '' (no category) rather than undefined: the navigation stays a controlled component when the
      // admin leaves Licenses (Fluent warns on a controlled value becoming uncontrolled).
      selectedCategoryValue={selected?.startsWith('/licenses') ? 'licenses' : ''}
      defaultOpenCategories={['licenses']}
      aria-label={t('shell.nav.label')}
    >
      <NavBody>
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
      </NavBody>
    </Nav>
  );
}
