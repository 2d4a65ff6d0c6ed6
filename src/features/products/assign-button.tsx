/**
 * The toolbar's Assign. Users need `user.assignLicense`, groups `group.assignLicense`; the button works
 * when either is allowed, and otherwise stays focusable, disabled, with the roles needed in its tooltip.
 */
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { rolesAllowing } from '../../lib/session/roles';
import { useAccount } from '../../lib/session/session-store';
import { usePermission } from '../../lib/session/use-permission';

function listRoles(roles: readonly string[]): string {
  return roles.length <= 1
    ? (roles[0] ?? '')
    : `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1] ?? ''}`;
}

export function useAssignPermissions() {
  return {
    user: usePermission('user.assignLicense').allowed,
    group: usePermission('group.assignLicense').allowed,
  };
}

export function AssignButton({ onClick }: { readonly onClick: () => void }) {
  const allowed = useAssignPermissions();
  const roles = useAccount()?.roles ?? [];
  if (allowed.user || allowed.group)
    return (
      <ToolbarButton icon={<AddRegular />} onClick={onClick}>
        Assign
      </ToolbarButton>
    );
  const needed = [
    ...new Set([...rolesAllowing('user.assignLicense'), ...rolesAllowing('group.assignLicense')]),
  ];
  const reason = `Requires ${listRoles(needed)}. You are signed in as ${roles.length > 0 ? roles.join(', ') : 'no administrator role'}.`;
  return (
    <Tooltip content={reason} relationship="description" withArrow>
      <ToolbarButton icon={<AddRegular />} disabledFocusable>
        Assign
      </ToolbarButton>
    </Tooltip>
  );
}
