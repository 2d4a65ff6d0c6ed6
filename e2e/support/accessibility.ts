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

/** Runs axe over the whole page and fails on any serious or critical WCAG violation. */
export async function assertNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
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
