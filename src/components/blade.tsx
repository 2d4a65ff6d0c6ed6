/**
 * A blade, as in the Azure portal: a header with icon, title and subtitle, an optional command
 * bar (usually a Fluent `Toolbar`), optional tabs, then the content. The title is the page's h1.
 */
import { Caption1, Title2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, type ReactNode } from 'react';
import { PORTAL_NAME } from '../lib/portal-name';

// The blade is as tall as its content and the page's main area scrolls it. Nothing inside is ever
// squeezed to fit the window: a flex child with a fixed min-height (a Fluent MessageBar is 36px)
// would otherwise shrink below its text, which then spills over the next heading.
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 0 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalS}`,
  },
  icon: { display: 'flex', fontSize: '32px', color: tokens.colorBrandForeground1 },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  subtitle: { color: tokens.colorNeutralForeground3 },
  commands: {
    padding: `0 ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} 0` },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    flexGrow: 1,
    '& > *': { flexShrink: 0 },
  },
});

export interface BladeProps {
  readonly title: string;
  readonly subtitle?: ReactNode;
  readonly icon?: ReactNode;
  /** The command bar: a `Toolbar` of actions that apply to the blade. */
  readonly commands?: ReactNode;
  /** A `TabList`; keep the selected tab in the URL. */
  readonly tabs?: ReactNode;
  readonly children?: ReactNode;
  readonly className?: string;
}

export function Blade({ title, subtitle, icon, commands, tabs, children, className }: BladeProps) {
  const styles = useStyles();
  const titleId = useId();
  // The browser tab and history name the blade, then the portal.
  useEffect(() => {
    document.title = `${title} — ${PORTAL_NAME}`;
  }, [title]);
  return (
    <section aria-labelledby={titleId} className={mergeClasses(styles.root, className)}>
      <header className={styles.header}>
        {icon ? (
          <span className={styles.icon} aria-hidden="true">
            {icon}
          </span>
        ) : null}
        <div className={styles.titles}>
          <Title2 as="h1" id={titleId} className={styles.title}>
            {title}
          </Title2>
          {subtitle ? <Caption1 className={styles.subtitle}>{subtitle}</Caption1> : null}
        </div>
      </header>
      {commands ? <div className={styles.commands}>{commands}</div> : null}
      {tabs ? <div className={styles.tabs}>{tabs}</div> : null}
      <div className={styles.content}>{children}</div>
    </section>
  );
}
