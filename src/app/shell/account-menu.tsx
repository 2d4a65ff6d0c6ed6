/**
 * The signed-in admin and their role, always visible; the menu switches account, language, or signs
 * out. `AccountMenuView` is the menu; `AccountMenu` fills it for the emulator (seeded admins), and
 * `LiveAccountMenu` (`live-account-menu.tsx`) for a tenant (MSAL's accounts).
 */
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Persona,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { LocalLanguageRegular, PersonSwapRegular, SignOutRegular } from '@fluentui/react-icons';
import { useAdminAccounts, useMe, useSignOut, useSwitchAccount } from '../../api/session';
import { useNotify } from '../../components/toasts';
import type { AdminAccount } from '../../lib/graph/graph-types';
import { useLocale, useLocaleStore } from '../../lib/i18n/locale-store';
import { LOCALE_NAMES, LOCALES, isLocale } from '../../lib/i18n/locales';
import { useT } from '../../lib/i18n/use-t';
import { useSessionStore, type SignedInAccount } from '../../lib/session/session-store';
import { onBrandControl } from './on-brand';

const useStyles = makeStyles({
  trigger: { ...onBrandControl, maxWidth: '320px' },
  persona: { textAlign: 'start' },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand, whiteSpace: 'nowrap' },
  popover: { minWidth: '340px' },
});

export function AccountMenu({ account }: { account: SignedInAccount }) {
  const t = useT();
  const roleText = (roles: readonly string[]) =>
    roles.length > 0 ? roles.join(', ') : t('shell.account.noRole');
  const me = useMe();
  const admins = useAdminAccounts();
  const recent = useSessionStore((state) => state.recentAccounts);
  const signOut = useSignOut();
  const switchAccount = useSwitchAccount();
  const notify = useNotify();
  const others: AdminAccount[] = (admins.data ?? recent).filter(
    (a) => a.userPrincipalName.toLowerCase() !== account.userPrincipalName.toLowerCase(),
  );

  const switchTo = (target: AdminAccount) => {
    switchAccount.mutate(target, {
      onSuccess: (signedIn) => {
        notify.success(
          t('shell.account.switched'),
          t('shell.account.switchedBody', {
            userPrincipalName: signedIn.userPrincipalName,
            roles: roleText(signedIn.roles),
          }),
        );
      },
      onError: (error) => {
        notify.error(
          t('shell.account.switchFailed', { userPrincipalName: target.userPrincipalName }),
          error,
        );
      },
    });
  };

  return (
    <AccountMenuView
      account={account}
      displayName={me.data?.displayName ?? null}
      others={others.map((other) => ({
        key: other.userPrincipalName,
        name: other.displayName ?? other.userPrincipalName,
        detail: t('shell.rolesAndUpn', {
          roles: roleText(other.roles),
          userPrincipalName: other.userPrincipalName,
        }),
        choose: () => {
          switchTo(other);
        },
      }))}
      onAnotherAccount={signOut}
      onSignOut={signOut}
    />
  );
}

/** Another account the menu offers to switch to. */
export interface OtherAccount {
  readonly key: string;
  readonly name: string;
  readonly detail: string;
  readonly choose: () => void;
}

export function AccountMenuView({
  account,
  displayName,
  others,
  onAnotherAccount,
  onSignOut,
}: {
  account: SignedInAccount;
  displayName: string | null;
  others: readonly OtherAccount[];
  onAnotherAccount: () => void;
  onSignOut: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const chooseLocale = useLocaleStore((state) => state.choose);
  const roleText = (roles: readonly string[]) =>
    roles.length > 0 ? roles.join(', ') : t('shell.account.noRole');
  const name = displayName ?? account.displayName ?? account.userPrincipalName;

  return (
    <Menu
      positioning="below-end"
      checkedValues={{ locale: [locale] }}
      onCheckedValueChange={(_event, data) => {
        const next = data.checkedItems[0];
        if (data.name === 'locale' && isLocale(next)) chooseLocale(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          className={styles.trigger}
          aria-label={t('shell.account.label', { name, roles: roleText(account.roles) })}
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
              <MenuGroupHeader>{t('shell.account.switch')}</MenuGroupHeader>
              {others.map((other) => (
                <MenuItem
                  key={other.key}
                  icon={<PersonSwapRegular />}
                  subText={other.detail}
                  onClick={other.choose}
                >
                  {other.name}
                </MenuItem>
              ))}
            </MenuGroup>
          ) : null}
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{t('shell.language')}</MenuGroupHeader>
            {LOCALES.map((value) => (
              <MenuItemRadio
                key={value}
                name="locale"
                value={value}
                icon={<LocalLanguageRegular />}
                lang={value}
              >
                {LOCALE_NAMES[value]}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuItem icon={<PersonSwapRegular />} onClick={onAnotherAccount}>
            {t('shell.account.anotherAccount')}
          </MenuItem>
          <MenuItem icon={<SignOutRegular />} onClick={onSignOut}>
            {t('shell.account.signOut')}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
