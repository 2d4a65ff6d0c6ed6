/** A Fluent link to another blade that navigates inside the app; Ctrl/⌘/Shift-click still opens a new tab. */
import { Link } from '@fluentui/react-components';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function PortalLink({
  href,
  children,
}: {
  readonly href: string;
  readonly children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Link
      href={href}
      onClick={(event) => {
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
        void navigate({ href });
      }}
    >
      {children}
    </Link>
  );
}

export const groupLicensesHref = (groupId: string): string =>
  `/groups/${encodeURIComponent(groupId)}?tab=licenses`;
export const productHref = (skuId: string, tab?: string): string =>
  `/licenses/products/${encodeURIComponent(skuId)}${tab ? `?tab=${tab}` : ''}`;
