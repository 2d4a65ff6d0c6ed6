import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const blockingImpacts = new Set(['serious', 'critical']);

/**
 * Fluent UI's focus manager (tabster) puts `aria-hidden` focus sentinels
 * (`<i data-tabster-dummy tabindex="0">`) around focus groups; they hand focus straight on and
 * never hold it. axe reports each as `aria-hidden-focus`, a false positive Fluent lists as a known
 * issue and Microsoft's Accessibility Insights suppresses. Only those nodes are dropped; any other
 * `aria-hidden-focus` node still fails.
 */
function isTabsterSentinel(violationId: string, html: string): boolean {
  return violationId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

declare global {
  interface Window {
    /** Timers paused while axe scans (see `settle`). */
    __pausedForAxe?: Animation[];
    /** Animations and transitions that started since `watchForMotion` (a toast arriving, say). */
    __motionSinceSettled?: number;
  }
}

/**
 * Brings the page to the state the admin sees once it has settled, and holds it there while axe
 * scans: entering toasts and dialogs finish fading in (half transparent, their text would fail
 * the contrast check), and long finite animations — a toast's dismiss timer is a 4–8 s CSS
 * animation — are paused, so a toast cannot start fading out in the middle of a slow scan.
 * Endless animations (spinners, skeleton shimmer) are left alone. `release` resumes the timers.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const running = () =>
      document.getAnimations().filter((animation) => {
        if (animation.playState !== 'running') return false;
        const end = animation.effect?.getComputedTiming().endTime ?? 0;
        return end !== Infinity;
      });
    const remaining = (animation: Animation) =>
      Number(animation.effect?.getComputedTiming().endTime ?? 0) -
      Number(animation.currentTime ?? 0);
    window.__pausedForAxe = [];
    // An animation that ends may start the next one (enter, then settle): a few rounds at most.
    for (let round = 0; round < 3; round++) {
      const now = running();
      const timers = now.filter((animation) => remaining(animation) > 1_000);
      for (const timer of timers) timer.pause();
      window.__pausedForAxe.push(...timers);
      const transitions = now.filter((animation) => !timers.includes(animation));
      if (transitions.length === 0) return;
      await Promise.allSettled(transitions.map((animation) => animation.finished));
    }
  });
}

async function release(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const animation of window.__pausedForAxe ?? []) animation.play();
    window.__pausedForAxe = [];
  });
}

/**
 * Counts what starts moving from now on: Web Animations (Fluent's motion), CSS animations and
 * transitions. Something that enters while axe scans (a toast announcing a background change) was
 * half transparent for part of the scan, so that scan does not show the page as the admin sees it.
 */
async function watchForMotion(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__motionSinceSettled = 0;
    const count = () => {
      window.__motionSinceSettled = (window.__motionSinceSettled ?? 0) + 1;
    };
    const marked = Element.prototype as Element & { __countsMotion?: boolean };
    if (!marked.__countsMotion) {
      marked.__countsMotion = true;
      // Wrapped, then called on its own element: `this` is kept.
      // eslint-disable-next-line @typescript-eslint/unbound-method
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (this: Element, ...args) {
        count();
        return animate.apply(this, args);
      };
      document.addEventListener('animationstart', count, true);
      document.addEventListener('transitionstart', count, true);
    }
  });
}

/** How many scans may be overtaken by something entering before the check gives up. */
const SCANS = 4;

/**
 * Runs axe over the whole page, as the admin sees it once it has settled, and fails on any
 * serious or critical WCAG violation. A scan during which something started moving is done again
 * once the page has settled anew.
 */
export async function assertNoSeriousA11yViolations(page: Page): Promise<void> {
  let results: Awaited<ReturnType<AxeBuilder['analyze']>> | null = null;
  for (let scan = 0; scan < SCANS && results === null; scan++) {
    await settle(page);
    await watchForMotion(page);
    const scanned = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const moved = await page.evaluate(() => window.__motionSinceSettled ?? 0);
    await release(page);
    if (moved === 0) results = scanned;
  }
  if (results === null)
    throw new Error(
      `The page never held still for an axe scan: something moved in ${String(SCANS)} scans.`,
    );
  const blocking = results.violations
    .filter((violation) => blockingImpacts.has(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes
        .filter((node) => !isTabsterSentinel(violation.id, node.html))
        .map((node) => node.target.join(' ')),
    }))
    .filter((violation) => violation.targets.length > 0);
  expect(blocking, 'serious or critical axe violations').toEqual([]);
}
