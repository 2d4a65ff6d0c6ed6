/** Test helper for the group blades: a seeded group's blade opened on a tab. */
import { screen } from '@testing-library/react';
import { renderRoute } from '../../test/render-route';
import { seededGroupId } from '../../test/seed';

/** Opens a seeded group's blade on a tab and waits for its heading. */
export async function openGroup(name: string, tab?: string, account?: string) {
  const id = seededGroupId(name);
  const view = await renderRoute(
    `/groups/${id}${tab ? `?tab=${tab}` : ''}`,
    account === undefined ? {} : { account },
  );
  await screen.findByRole('heading', { level: 1, name });
  return { ...view, id };
}
