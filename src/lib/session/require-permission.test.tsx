import { Button } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { intlWrapper } from '../../test/intl-wrapper';
import { RequirePermission } from './require-permission';
import { useSessionStore } from './session-store';
import type { RoleName } from './roles';

function signInWith(roles: RoleName[]): void {
  useSessionStore.setState({
    account: {
      userPrincipalName: 'someone@example.com',
      displayName: null,
      roles,
      accessToken: 't',
    },
  });
}

describe('RequirePermission', () => {
  beforeEach(() => {
    useSessionStore.setState({ account: null, recentAccounts: [] });
  });

  it('leaves the control alone when the role allows the action', async () => {
    signInWith(['Groups Administrator']);
    const onClick = vi.fn();
    render(
      <RequirePermission action="group.rule">
        <Button onClick={onClick}>Save</Button>
      </RequirePermission>,
      { wrapper: intlWrapper() },
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('disables the control and names the roles that may use it', async () => {
    signInWith(['License Administrator']);
    const onClick = vi.fn();
    render(
      <RequirePermission action="group.rule">
        <Button onClick={onClick}>Save</Button>
      </RequirePermission>,
      { wrapper: intlWrapper() },
    );
    const button = screen.getByRole('button', { name: 'Save' });

    await userEvent.click(button);

    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveAccessibleDescription(
      'Requires Global Administrator or Groups Administrator. You are signed in as License Administrator.',
    );
  });
});
