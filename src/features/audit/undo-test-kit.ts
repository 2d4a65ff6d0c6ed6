/** Undo's component tests: make a change through Graph, find its record, open Undo on it. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { filter } from '../../lib/graph/odata';
import { auditEntries } from '../../test/control';
import { testEmulator } from '../../test/emulator';
import { ADMIN, renderRoute } from '../../test/render-route';
import { groupIdNamed } from '../../test/seed';

/** Renders Audit logs on a fresh seed (the tenant is reset); changes come after this. */
export async function startAudit(account: string = ADMIN.global) {
  return renderRoute('/audit', { account });
}

export type Rendered = Awaited<ReturnType<typeof startAudit>>;

/** The newest record of an activity about an object. */
export async function latestRecord(activity: string, objectId: string): Promise<string> {
  const [record] = await auditEntries(
    filter.and(
      filter.eq('activityDisplayName', activity),
      filter.any('targetResources', 'id', objectId),
    ),
  );
  if (!record?.id) throw new Error(`No ${activity} record about ${objectId}`);
  return record.id;
}

/** Opens an entry's details. */
export async function openEntry({ router }: Rendered, id: string, title = 'Audit log details') {
  await act(() => router.navigate({ to: '/audit', search: { entry: id } }));
  return screen.findByRole('dialog', { name: title });
}

/** Opens an entry's details and its Undo dialog. */
export async function openUndo(rendered: Rendered, id: string, activity: string) {
  const details = await openEntry(rendered, id);
  await rendered.user.click(await within(details).findByRole('button', { name: 'Undo' }));
  return screen.findByRole('dialog', { name: `Undo ${activity}` });
}

export const e3Extended = () => groupIdNamed('E3 extended services');

/** Confirms the dialog and waits for it to close. */
export async function confirmUndo(rendered: Rendered, dialog: HTMLElement) {
  await rendered.user.click(within(dialog).getByRole('button', { name: 'Undo change' }));
  await waitGone(dialog);
}

async function waitGone(element: HTMLElement) {
  await waitFor(() => {
    expect(element).not.toBeInTheDocument();
  });
}

/** A located user with no licence who is not one of the admins (an admin cannot always be deleted). */
export function unlicensedUser(): { id: string; name: string } {
  const store = testEmulator().emulator.store;
  const admins = new Set<string>(Object.values(ADMIN));
  const id = store.tenant.userIds().find((userId) => {
    const profile = store.tenant.profile(userId);
    return (
      profile?.usageLocation != null &&
      !admins.has(profile.userPrincipalName) &&
      (store.tenant.license(userId)?.licenseAssignmentStates.length ?? 0) === 0
    );
  });
  if (id === undefined) throw new Error('No unlicensed user');
  return { id, name: store.tenant.profile(id)?.displayName ?? id };
}
