/** The signed-in admin and their role, always visible; the menu switches account or signs out. */
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Persona,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PersonSwapRegular, SignOutRegular } from '@fluentui/react-icons';
import { useAdminAccounts, useMe, useSignOut, useSwitchAccount } from '../../api/session';
import { useNotify } from '../../components/toasts';
import type { AdminAccount } from '../../lib/graph/graph-types';
import { useSessionStore, type SignedInAccount } from '../../lib/session/session-store';

const useStyles = makeStyles({
  trigger: {
    color: tokens.colorNeutralForegroundOnBrand,
    maxWidth: '320px',
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
  persona: { textAlign: 'start' },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand },
  popover: { minWidth: '340px' },
});

const roleText = (roles: readonly string[]) =>
  roles.length > 0 ? roles.join(', ') : 'No administrator role';

export function AccountMenu({ account }: { account: SignedInAccount }) {
  const styles = useStyles();
  const me = useMe();
  const admins = useAdminAccounts();
  const recent = useSessionStore((state) => state.recentAccounts);
  const signOut = useSignOut();
  const switchAccount = useSwitchAccount();
  const notify = useNotify();
  const name = me.data?.displayName ?? account.displayName ?? account.userPrincipalName;
  const others: AdminAccount[] = (admins.data ?? recent).filter(
    (a) => a.userPrincipalName.toLowerCase() !== account.userPrincipalName.toLowerCase(),
  );

  const switchTo = (target: AdminAccount) => {
    switchAccount.mutate(target, {
      onSuccess: (signedIn) => {
        notify.success(
          'Account switched',
          `Signed in as ${signedIn.userPrincipalName} (${roleText(signedIn.roles)}).`,
        );
      },
      onError: (error) => {
        notify.error(`Could not sign in as ${target.userPrincipalName}`, error);
      },
    });
  };

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={styles.trigger}
          aria-label={`Account: ${name}, ${roleText(account.roles)}`}
        >
          <Persona
            className={styles.persona}
            name={name}
            secondaryText={<span className={styles.onBrand}>{roleText(account.roles)}</span>}
            primaryText={<span className={styles.onBrand}>{name}</span>}
            size="small"
            avatar={{ color: 'colorful' }}
          />
        </Button>
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{account.userPrincipalName}</MenuGroupHeader>
          </MenuGroup>
          {others.length > 0 ? (
            <MenuGroup>
              <MenuDivider />
              <MenuGroupHeader>Switch account</MenuGroupHeader>
              {others.map((other) => (
                <MenuItem
                  key={other.userPrincipalName}
                  icon={<PersonSwapRegular />}
                  subText={`${roleText(other.roles)} · ${other.userPrincipalName}`}
                  onClick={() => {
                    switchTo(other);
                  }}
                >
                  {other.displayName ?? other.userPrincipalName}
                </MenuItem>
              ))}
            </MenuGroup>
          ) : null}
          <MenuDivider />
          <MenuItem icon={<PersonSwapRegular />} onClick={signOut}>
            Sign in with another account
          </MenuItem>
          <MenuItem icon={<SignOutRegular />} onClick={signOut}>
            Sign out
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
