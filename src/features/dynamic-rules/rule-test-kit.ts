/** Test helpers for the dynamic rule blades: a seeded group's rule tab, and what the engine expects. */
import { screen } from '@testing-library/react';
import { testEmulator } from '../../test/emulator';
import { renderRoute } from '../../test/render-route';
import { seededGroupId } from '../../test/seed';

/** Opens a seeded dynamic group on its "Dynamic membership rules" tab. */
export async function openRuleTab(name: string, account?: string) {
  const id = seededGroupId(name);
  const view = await renderRoute(
    `/groups/${id}?tab=rule`,
    account === undefined ? {} : { account },
  );
  await screen.findByRole('heading', { level: 1, name });
  const editor = await screen.findByRole('textbox', { name: 'Rule syntax' });
  return { ...view, id, editor };
}

/** What the engine says a rule change would do (to compare the blade against). */
export function expectedImpact(groupId: string, rule: string) {
  const { store } = testEmulator().emulator;
  const compiled = store.compileRule(rule);
  if (!compiled.ok) throw new Error(`invalid rule ${rule}`);
  return store.tenant.previewMembershipRule(groupId, compiled.rule);
}
