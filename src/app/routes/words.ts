/**
 * The catalog areas each blade's chunk speaks, beyond the first load's (`ENTRY_AREAS`): its route
 * loads them with its chunk (`withWords`), so the blade renders with its words and they are not
 * in the first load. `words.test.ts` reads each chunk's modules and fails when one uses a word of
 * an area not listed here.
 */
import type { LazyArea } from '../../lib/i18n/messages/areas';

export const ROUTE_WORDS = {
  products: ['products', 'licensing', 'groups'],
  groups: ['groups', 'licensing', 'rules', 'audit'],
  users: ['users', 'licensing', 'groups', 'rules', 'audit'],
  audit: ['audit', 'licensing', 'groups', 'rules'],
  cost: ['cost'],
} as const satisfies Readonly<Record<string, readonly LazyArea[]>>;

/**
 * The words of working on a tenant (signing in, reprocessing member by member, the tenant copy
 * previews run on). The portal started on a tenant loads them before it renders (`../main.tsx`);
 * in the sandbox only the Connect page shows them, and it loads them with its chunk (`shell.tsx`).
 */
export const LIVE_WORDS = ['tenant'] as const satisfies readonly LazyArea[];
