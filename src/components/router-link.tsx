/**
 * A Fluent `Link` that navigates inside the app, typed like TanStack Router's `Link` (`to`,
 * `params`, `search`); Ctrl/⌘/Shift-click and middle-click still open a new tab, and hovering
 * preloads the target's data.
 *
 *   <RouterLink to="/groups/$groupId" params={{ groupId }} search={{ tab: 'licenses' }}>…</RouterLink>
 */
import { Link, type LinkProps } from '@fluentui/react-components';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef } from 'react';

const FluentAnchor = forwardRef<HTMLAnchorElement, LinkProps & { readonly href?: string }>(
  (props, ref) => <Link ref={ref} {...props} />,
);
FluentAnchor.displayName = 'FluentAnchor';

const CreatedRouterLink = createLink(FluentAnchor);

export const RouterLink: LinkComponent<typeof FluentAnchor> = (props) => (
  <CreatedRouterLink preload="intent" {...props} />
);
