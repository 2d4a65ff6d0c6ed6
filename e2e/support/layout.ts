/**
 * Where things sit on the page, as an admin sees them: one element ends above another, two do not
 * overlap, an element is shown whole (no ancestor that scrolls or hides its overflow cuts it).
 */
import { expect, type Locator } from '@playwright/test';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxOf(locator: Locator, what: string): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} is not rendered, so its position cannot be read.`);
  return box;
}

/** The first element's box (its text included) ends before the second begins: nothing overlaps. */
export async function assertEndsAbove(upper: Locator, lower: Locator): Promise<void> {
  const [top, bottom] = await Promise.all([
    boxOf(upper, 'The upper element'),
    boxOf(lower, 'The lower element'),
  ]);
  expect(top.y + top.height, 'bottom of the upper element').toBeLessThanOrEqual(bottom.y);
}

/** The two elements' boxes share no pixel: the first covers nothing of the second. */
export async function assertApart(over: Locator, under: Locator, what: string): Promise<void> {
  const [a, b] = await Promise.all([boxOf(over, 'The covering element'), boxOf(under, what)]);
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  expect(
    overlapX <= 0 || overlapY <= 0,
    `${what} is covered: ${JSON.stringify(a)} over ${JSON.stringify(b)}`,
  ).toBe(true);
}

/**
 * The element is shown whole: inside the window and inside every ancestor that clips its
 * overflow (a dialog's scrolling body, a card), so no part of it is cut off or scrolled away.
 */
export async function assertShownWhole(locator: Locator): Promise<void> {
  const cut = await locator.evaluate((element) => {
    const own = element.getBoundingClientRect();
    const problems: string[] = [];
    const inside = (clip: DOMRect, name: string) => {
      if (
        own.top < clip.top - 0.5 ||
        own.left < clip.left - 0.5 ||
        own.bottom > clip.bottom + 0.5 ||
        own.right > clip.right + 0.5
      )
        problems.push(
          `${name} [${String(Math.round(clip.top))}, ${String(Math.round(clip.bottom))}] cuts [${String(Math.round(own.top))}, ${String(Math.round(own.bottom))}]`,
        );
    };
    inside(new DOMRect(0, 0, window.innerWidth, window.innerHeight), 'the window');
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
        inside(node.getBoundingClientRect(), `<${node.tagName.toLowerCase()} ${node.className}>`);
    }
    return problems;
  });
  expect(cut, 'what clips the element').toEqual([]);
}

/**
 * A popover opened next to what opened it: the two boxes are at most `gap` pixels apart on one
 * axis (the arrow's room) and share a stretch of the other, so the admin sees which button it
 * answers. Visible alone is not enough: a popover anchored to the wrong element is visible too.
 */
export async function assertBeside(
  popover: Locator,
  anchor: Locator,
  what: string,
  gap = 16,
): Promise<void> {
  const [a, b] = await Promise.all([boxOf(popover, what), boxOf(anchor, 'Its button')]);
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const apartX = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), 0);
  const apartY = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height), 0);
  const above = overlapX > 0 && apartY <= gap;
  const aside = overlapY > 0 && apartX <= gap;
  expect(
    above || aside,
    `${what} ${JSON.stringify(a)} is not beside its button ${JSON.stringify(b)}`,
  ).toBe(true);
}
