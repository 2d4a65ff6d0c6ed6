/** Validate rules: picking users one after another by typing their names. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { openRuleTab } from './rule-test-kit';

vi.setConfig({ testTimeout: 40_000 });

describe('Validate rules', () => {
  it('keeps every letter of a second name typed after picking a first user', async () => {
    const { user, id } = await openRuleTab('EMS licensed users');
    const { store } = testEmulator().emulator;
    const [first, second] = [...(store.tenant.group(id)?.userMemberIds ?? [])]
      .map((m) => store.tenant.profile(m)?.displayName ?? '')
      .filter((n, i, all) => n !== '' && all.indexOf(n) === i);
    if (first === undefined || second === undefined) throw new Error('two members expected');
    const validate = screen.getByRole('region', { name: 'Validate rules' });
    const box = within(validate).getByRole('searchbox', { name: 'Search users' });
    const pick = (name: string) =>
      within(validate).findByRole('checkbox', { name: new RegExp(`^${name} \\(`) });
    await user.type(box, first);
    await user.click(await pick(first));
    expect(screen.getByLabelText('Users to validate')).toHaveTextContent(first);

    await user.clear(box);
    await user.type(box, second);
    expect(box).toHaveValue(second);
    await user.click(await pick(second));
    const picked = screen.getByLabelText('Users to validate');
    expect(picked).toHaveTextContent(first);
    expect(picked).toHaveTextContent(second);

    await user.click(within(validate).getByRole('button', { name: 'Validate' }));
    const results = await within(validate).findByRole('list', { name: 'Validation results' });
    expect(within(results).getByRole('listitem', { name: `${first}: Member` })).toBeInTheDocument();
    expect(
      within(results).getByRole('listitem', { name: `${second}: Member` }),
    ).toBeInTheDocument();
  });
});
