/**
 * Gates one control on the signed-in admin's role. When the role does not allow `action`, the
 * child stays visible and focusable but is disabled (`disabledFocusable`, so `aria-disabled`),
 * with a tooltip naming the role needed, under the control (a command bar's tooltip above it would
 * cover the blade's title):
 *
 *   <RequirePermission action="group.assignLicense">
 *     <Button icon={<AddRegular />} onClick={openAssign}>Assign</Button>
 *   </RequirePermission>
 *
 * The child must accept `disabledFocusable` (every Fluent button does). For other controls use
 * `usePermission(action)` and set `disabled` yourself.
 */
import { Tooltip } from '@fluentui/react-components';
import { cloneElement, type ReactElement } from 'react';
import { usePermission, type Needed } from './use-permission';

interface GateableProps {
  disabledFocusable?: boolean;
  onClick?: unknown;
}

export function RequirePermission({
  action,
  children,
}: {
  action: Needed;
  children: ReactElement<GateableProps>;
}) {
  const { allowed, reason } = usePermission(action);
  if (allowed || reason === null) return children;
  return (
    <Tooltip content={reason} relationship="description" positioning="below-start" withArrow>
      {cloneElement(children, { disabledFocusable: true, onClick: undefined })}
    </Tooltip>
  );
}
