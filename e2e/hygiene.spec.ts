/**
 * The journeys' hygiene fixture (support/test.ts) itself: a journey that logs a console error or
 * meets an unannounced failed request fails; an announced one passes.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

/**
 * Opens a blank page on the portal's origin with `/probe` answering 503, and fetches it from the
 * page. Not the portal itself: once its MSW service worker controls the page, the worker sends the
 * page's requests and `page.route` never sees them (the probe then reached the preview server and
 * answered 200 whenever the worker was quicker than the fetch, as on a loaded machine).
 */
async function fetchFailingProbe(page: Page): Promise<number> {
  await page.route('**/probe', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.route('**/probe-origin', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>probe</title>' }),
  );
  await page.goto('/probe-origin');
  return page.evaluate(async () => (await fetch('/probe')).status);
}

test('a console error fails the journey', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => {
    console.error('something broke');
  });
});

test('an unannounced HTTP error fails the journey', async ({ page }) => {
  test.fail();
  expect(await fetchFailingProbe(page)).toBe(503);
});

test('an announced HTTP error passes', async ({ page, hygiene }) => {
  hygiene.expectFailure({ method: 'GET', url: '/probe', status: 503 });
  expect(await fetchFailingProbe(page)).toBe(503);
});
