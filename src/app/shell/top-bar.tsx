/** The portal's header: the portal's name (and that it works with Microsoft Entra), theme switch, "Reset demo tenant" and the signed-in account. */
import { Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { WeatherMoonRegular, WeatherSunnyRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { LazyTooltip } from '../../components/lazy-tooltip';
import { useT } from '../../lib/i18n/use-t';
import { PORTAL_NAME } from '../../lib/portal-name';
import { useThemeStore } from '../../lib/theme/theme-store';
import { onBrandControl } from './on-brand';

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
  tagline: {
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForegroundOnBrand,
    '@media (max-width: 1100px)': { display: 'none' },
  },
  spacer: { flexGrow: 1 },
  toggle: { ...onBrandControl, backgroundColor: 'transparent', border: 'none' },
});

export function TopBar({ children }: { children?: ReactNode }) {
  const styles = useStyles();
  const t = useT();
  const theme = useThemeStore((state) => state.theme);
  const toggleTheme = useThemeStore((state) => state.toggleTheme);
  return (
    <header className={styles.bar}>
      <Text as="span" size={400} className={styles.brand}>
        {PORTAL_NAME}
      </Text>
      <Text as="span" size={200} className={styles.tagline}>
        {t('shell.tagline')}
      </Text>
      <span className={styles.spacer} />
      <LazyTooltip content={theme === 'dark' ? t('shell.theme.toLight') : t('shell.theme.toDark')}>
        <ToggleButton
          appearance="transparent"
          className={styles.toggle}
          checked={theme === 'dark'}
          aria-label={t('shell.theme.dark')}
          icon={theme === 'dark' ? <WeatherSunnyRegular /> : <WeatherMoonRegular />}
          onClick={toggleTheme}
        />
      </LazyTooltip>
      {children}
    </header>
  );
}
