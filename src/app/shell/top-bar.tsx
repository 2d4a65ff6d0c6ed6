/** The portal's header: product name, theme switch, "Reset demo tenant" and the signed-in account. */
import { Text, ToggleButton, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { WeatherMoonRegular, WeatherSunnyRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t';
import { useThemeStore } from '../../lib/theme/theme-store';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '48px',
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: {
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForegroundOnBrand,
  },
  spacer: { flexGrow: 1 },
  toggle: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: 'transparent',
    border: 'none',
    ':hover': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundHover,
    },
    ':hover:active': {
      color: tokens.colorNeutralForegroundOnBrand,
      backgroundColor: tokens.colorBrandBackgroundPressed,
    },
  },
});

export function TopBar({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  const t = useT();
  const theme = useThemeStore((state) => state.theme);
  const toggleTheme = useThemeStore((state) => state.toggleTheme);
  return (
    <header className={styles.bar}>
      <Text as="span" size={400} className={styles.brand}>
        {t('shell.productName')}
      </Text>
      <span className={styles.spacer} />
      <Tooltip
        content={theme === 'dark' ? t('shell.theme.toLight') : t('shell.theme.toDark')}
        relationship="description"
      >
        <ToggleButton
          appearance="transparent"
          className={styles.toggle}
          checked={theme === 'dark'}
          aria-label={t('shell.theme.dark')}
          icon={theme === 'dark' ? <WeatherSunnyRegular /> : <WeatherMoonRegular />}
          onClick={toggleTheme}
        />
      </Tooltip>
      {children}
    </header>
  );
}
