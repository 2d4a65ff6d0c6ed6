/** Test helpers for the group blades: a seeded group's id by name, and the emulator's control API. */
import { screen } from '@testing-library/react';
import { emulatorControlUrl } from '../../lib/graph/graph-config';
import { resetTestTenant, testEmulator } from '../../test/emulator';
import { renderRoute } from '../../test/render-route';
import { useLicenseDraftStore } from './license-draft-store';

/** The id of a group of the default seed (ids are deterministic per seed). */
export function seededGroupId(name: string): string {
  resetTestTenant('default');
  const found = [...testEmulator().emulator.store.groups].find(
    ([, group]) => group.displayName === name,
  );
  if (!found) throw new Error(`No seeded group named ${name}`);
  return found[0];
}

/** Opens a seeded group's blade on a tab and waits for its heading. */
export async function openGroup(name: string, tab?: string, account?: string) {
  const id = seededGroupId(name);
  useLicenseDraftStore.setState({ drafts: {} });
  const view = await renderRoute(
    `/groups/${id}${tab ? `?tab=${tab}` : ''}`,
    account === undefined ? {} : { account },
  );
  await screen.findByRole('heading', { level: 1, name });
  return { ...view, id };
}

/** A request to the emulator's control API (`/_emulator/...`), as the e2e journeys make from the page. */
export async function control(
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${emulatorControlUrl()}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${String(response.status)} ${await response.text()}`);
  return response.json();
}
