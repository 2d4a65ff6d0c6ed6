/**
 * A command in the top bar: its icon and words, folded to the icon below 1,100 px (the words stay
 * its name and show on hover), so the bar keeps to one line in longer languages (issue #16 item 6).
 * `hint` is hover text that says more than the words (why the command is off).
 */
import { Button, makeStyles } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { LazyTooltip } from '../../components/lazy-tooltip';
import { NARROW_WINDOW, useMediaQuery } from '../../lib/layout/use-media-query';
import { onBrandControl } from './on-brand';

const useStyles = makeStyles({
  command: {
    whiteSpace: 'nowrap',
    ...onBrandControl,
  },
});

export interface TopBarCommandProps {
  readonly label: string;
  readonly icon: ReactElement;
  readonly hint?: string | null;
  /** A link to a page of the portal instead of a button. */
  readonly href?: string;
  readonly onClick?: () => void;
  /** Off but still focusable, so its hint can say why. */
  readonly disabled?: boolean;
}

export function TopBarCommand({ label, icon, hint, href, onClick, disabled }: TopBarCommandProps) {
  const styles = useStyles();
  const folded = useMediaQuery(NARROW_WINDOW);
  const shared = {
    appearance: 'transparent' as const,
    className: styles.command,
    icon,
    ...(folded ? { 'aria-label': label } : {}),
    children: folded ? undefined : label,
  };
  const control =
    href === undefined ? (
      <Button {...shared} disabledFocusable={disabled === true} onClick={onClick} />
    ) : (
      <Button {...shared} as="a" href={href} />
    );
  if (hint != null) return <LazyTooltip content={hint}>{control}</LazyTooltip>;
  if (folded)
    return (
      <LazyTooltip content={label} relationship="inaccessible">
        {control}
      </LazyTooltip>
    );
  return control;
}
