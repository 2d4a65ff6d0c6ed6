/** Test helpers for the dynamic rule blades: a seeded group's id, and its rule tab opened. */
import { screen } from '@testing-library/react';
import { resetTestTenant, testEmulator } from '../../test/emulator';
import { renderRoute } from '../../test/render-route';
import { useRuleDraftStore } from './rule-draft-store';

/** The id of a group of the default seed (ids are deterministic per seed). */
export function seededGroupId(name: string): string {
  resetTestTenant('default');
  const found = [...testEmulator().emulator.store.groups].find(
    ([, group]) => group.displayName === name,
  );
  if (!found) throw new Error(`No seeded group named ${name}`);
  return found[0];
}

/** Opens a seeded dynamic group on its "Dynamic membership rules" tab, with no drafts. */
export async function openRuleTab(name: string, account?: string) {
  const id = seededGroupId(name);
  useRuleDraftStore.setState({ drafts: {} });
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
