/**
 * Props that make a Fluent element with an `href` (NavItem, Link, BreadcrumbButton) navigate
 * inside the single-page app, while Ctrl/⌘/Shift-click still opens a new tab. Pointing at the
 * element (hover or focus) preloads the route, its chunk and data, as TanStack's own links do.
 */
import { useNavigate, useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';

export function useLinkProps() {
  const navigate = useNavigate();
  const router = useRouter();
  const preload = (to: string) => () => {
    router.preloadRoute({ to }).catch(() => undefined);
  };
  return (to: string) => ({
    href: to,
    onMouseEnter: preload(to),
    onFocus: preload(to),
    onClick: (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      event.preventDefault();
      void navigate({ to });
    },
  });
}
