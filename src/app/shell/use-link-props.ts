/**
 * Props that make a Fluent element with an `href` (NavItem, Link, BreadcrumbButton) navigate
 * inside the single-page app, while Ctrl/⌘/Shift-click still opens a new tab.
 */
import { useNavigate } from '@tanstack/react-router';
import type { MouseEvent } from 'react';

export function useLinkProps() {
  const navigate = useNavigate();
  return (to: string) => ({
    href: to,
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
