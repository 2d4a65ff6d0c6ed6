/** Read-your-writes in a journey: a change, once on screen, never leaves it. */
import type { Page } from '@playwright/test';

/**
 * Watches the grid rows named `name` (their row header) from the moment one shows a cell reading
 * exactly `cell`; the check it returns says whether such a row went away again or stopped showing
 * it (the old value back). Read-your-writes: the admin's change, once shown, never leaves.
 */
export async function watchRow(
  page: Page,
  name: string,
  cell: string,
): Promise<() => Promise<boolean>> {
  const key = `rowWatch${String(Date.now())}`;
  await page.evaluate(
    ({ key, name, cell }) => {
      const state = { seen: false, lost: false };
      (window as unknown as Record<string, typeof state>)[key] = state;
      const shows = () =>
        [...document.querySelectorAll('[role="row"]')].some((row) => {
          const cells = [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')];
          return (
            cells.some(
              (c) => c.getAttribute('role') === 'rowheader' && c.textContent.includes(name),
            ) && cells.some((c) => c.textContent.trim() === cell)
          );
        });
      const check = () => {
        if (shows()) state.seen = true;
        else if (state.seen) state.lost = true;
      };
      check();
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    { key, name, cell },
  );
  return () =>
    page.evaluate(
      (key) =>
        (window as unknown as Record<string, { lost: boolean } | undefined>)[key]?.lost ?? true,
      key,
    );
}
