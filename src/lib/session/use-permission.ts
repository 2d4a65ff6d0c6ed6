/** Whether the signed-in admin's role allows an action, and what to tell them when it does not. */
import { useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/messages';
import { isAllowed, rolesAllowing, type Action } from './roles';
import { useAccount } from './session-store';

export interface Permission {
  readonly allowed: boolean;
  /** Why not, naming the roles that may: shown in the control's tooltip. Null when allowed. */
  readonly reason: string | null;
}

/** One action, or several of which any one is enough (Assign to users or to groups). */
export type Needed = Action | readonly Action[];

const listOf = (needed: Needed): readonly Action[] =>
  typeof needed === 'string' ? [needed] : needed;

/** The text for a refused action, for the current roles (role names as Entra calls them). */
export function permissionReason(
  intl: IntlShape,
  needed: Needed,
  currentRoles: readonly string[],
): string {
  const t = (id: MessageId) => intl.formatMessage({ id });
  const current = currentRoles.length > 0 ? currentRoles.join(', ') : t('shell.permission.noRole');
  const roles = [...new Set(listOf(needed).flatMap((action) => rolesAllowing(action)))];
  return intl.formatMessage(
    { id: 'shell.permission.requires' },
    {
      roles:
        roles.length <= 1
          ? (roles[0] ?? t('shell.permission.anyRole'))
          : intl.formatMessage(
              { id: 'shell.permission.or' },
              { rest: roles.slice(0, -1).join(', '), last: roles[roles.length - 1] ?? '' },
            ),
      current,
    },
  );
}

/** `usePermission('group.assignLicense')` → `{ allowed, reason }` for the signed-in admin. */
export function usePermission(needed: Needed): Permission {
  const roles = useAccount()?.roles ?? [];
  const intl = useIntl();
  const allowed = listOf(needed).some((action) => isAllowed(roles, action));
  return { allowed, reason: allowed ? null : permissionReason(intl, needed, roles) };
}
