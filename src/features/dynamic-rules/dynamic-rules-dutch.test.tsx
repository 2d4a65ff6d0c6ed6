import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { seededGroupId } from '../../test/seed';

describe('Dynamic membership rules in Dutch', { timeout: 60_000 }, () => {
  it('words the rule tab, its problems and Validate rules in Dutch, with Dutch number grouping', async () => {
    const { user } = await renderRoute(`/groups/${seededGroupId('EMS licensed users')}?tab=rule`, {
      locale: 'nl-NL',
    });
    await screen.findByRole('heading', { level: 1, name: 'EMS licensed users' });
    const editor = await screen.findByRole('textbox', { name: 'Regelsyntaxis' });
    expect(screen.getByRole('status')).toHaveTextContent('De regel is geldig.');
    expect(screen.getByText(/^\d+ \/ 3\.072$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verwerking onderbreken' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Regels valideren' })).toBeInTheDocument();

    await user.clear(editor);
    await user.click(editor);
    await user.paste('user.department -eq "Sales" -and (user.city -eq "Delft"');
    const problems = await screen.findByRole('list', { name: 'Problemen in de regel' });
    await waitFor(() => {
      expect(within(problems).getAllByRole('listitem')[0]).toHaveTextContent(
        "De '(' bij teken 34 wordt nooit gesloten: voeg ')' toe. (teken 34)",
      );
    });
    expect(problems).not.toHaveTextContent('unbalanced-parenthesis');

    await user.clear(editor);
    await user.type(editor, 'user.depa');
    const suggestions = await screen.findByRole('listbox', { name: 'Suggesties' });
    expect(within(suggestions).getAllByRole('option')[0]).toHaveTextContent('tekst');
  });
});
