/**
 * A Fluent `Tooltip` that is not part of the first load: its positioning engine (Floating UI) is
 * ~11 kB gzip the shell would otherwise carry before its first paint. Until the tooltip's chunk has
 * loaded (at once, in the background) its child renders on its own, so the control is there and
 * usable from the first paint; only the hover text comes a moment later. Use it only where the
 * tooltip adds a description, or repeats words the control already has as its name
 * (`relationship="inaccessible"`, e.g. an icon-only nav item whose label is visually hidden), never
 * where it is the control's only name.
 */
import type { TooltipProps } from '@fluentui/react-components';
import { Suspense, lazy, type ReactElement } from 'react';

const Tooltip = lazy(() => import('./tooltip-loaded').then((m) => ({ default: m.Tooltip })));

export function LazyTooltip({
  children,
  relationship = 'description',
  ...props
}: Omit<TooltipProps, 'children' | 'relationship'> & {
  readonly children: ReactElement;
  readonly relationship?: 'description' | 'inaccessible';
}) {
  return (
    <Suspense fallback={children}>
      <Tooltip {...props} relationship={relationship}>
        {children}
      </Tooltip>
    </Suspense>
  );
}
