/**
 * Fluent's navigation items and breadcrumb buttons as router links (`createLink`): typed `to`,
 * in-app navigation, Ctrl/⌘/Shift-click still opens a new tab, hover preloads.
 */
import { BreadcrumbButton, NavItem, NavSubItem } from '@fluentui/react-components';
import { createLink } from '@tanstack/react-router';

export const NavItemLink = createLink(NavItem);
export const NavSubItemLink = createLink(NavSubItem);
export const BreadcrumbLink = createLink(BreadcrumbButton);
