/**
 * What the browser benchmark installs in the page (before any of the portal's scripts run) and
 * reads back: every long task (a `longtask` PerformanceObserver), the time of the last admin input
 * (the event's own timestamp), every `fetch` with its start and answer, and the moment the portal
 * shell first appears. All times are the page's `performance.now()`, so a figure never includes
 * the round trip between Playwright and the browser.
 */
import type { Page } from '@playwright/test';

/** One long task on the page's main thread. */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** One `fetch` made by the page. */
export interface FetchRecord {
  readonly method: string;
  readonly url: string;
  readonly start: number;
  /** When the response (its headers) arrived; null while pending or when it failed. */
  readonly answered: number | null;
  /** When it failed (aborted, network error); null otherwise. */
  readonly failed: number | null;
}

interface Probes {
  longTasks: LongTask[];
  lastInput: number;
  fetches: FetchRecord[];
  /** When each watched selector first matched an element in this document. */
  firstSeen: Record<string, number>;
}

declare global {
  interface Window {
    __bench?: Probes;
  }
}

/** Elements whose first appearance in a document is recorded. */
export const FIRST_SEEN = {
  shell: '[aria-label="Navigation"]',
  overviewData: '[aria-label="Seats per product"]',
} as const;

/** Installs the probes in every document the page loads. */
export async function installProbes(page: Page): Promise<void> {
  // tsx compiles the functions handed to the page with esbuild's `keepNames`, whose `__name`
  // helper exists only in Node: give the page a no-op one.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript((watched) => {
    const probes: Probes = { longTasks: [], lastInput: 0, fetches: [], firstSeen: {} };
    window.__bench = probes;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probes.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    for (const type of ['pointerdown', 'click', 'keydown'])
      document.addEventListener(
        type,
        (event) => {
          probes.lastInput = event.timeStamp;
        },
        { capture: true },
      );
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const record = {
        method: (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase(),
        url: input instanceof Request ? input.url : String(input),
        start: performance.now(),
        answered: null as number | null,
        failed: null as number | null,
      };
      probes.fetches.push(record);
      try {
        const response = await original(input, init);
        record.answered = performance.now();
        return response;
      } catch (error) {
        record.failed = performance.now();
        throw error;
      }
    };
    const selectors = Object.values(watched);
    const observer = new MutationObserver(() => {
      for (const selector of selectors)
        if (probes.firstSeen[selector] === undefined && document.querySelector(selector))
          probes.firstSeen[selector] = performance.now();
      if (selectors.every((s) => probes.firstSeen[s] !== undefined)) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, FIRST_SEEN);
}

/** The page's clock. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** When the admin last pressed a key or clicked. */
export function lastInput(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench?.lastInput ?? 0);
}

/**
 * When an element first showed in this document (ms since navigation start), or null: the shell
 * (its navigation) and the first blade's data (the Licenses overview's seat list).
 */
export function firstSeen(page: Page, what: keyof typeof FIRST_SEEN): Promise<number | null> {
  return page.evaluate((selector) => window.__bench?.firstSeen[selector] ?? null, FIRST_SEEN[what]);
}

/** The long tasks that overlap `[from, to]`. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  const all = await page.evaluate(() => window.__bench?.longTasks ?? []);
  return all.filter((t) => t.start < to && t.start + t.duration > from);
}

/** The first fetch after `since` whose method and URL match. */
export async function fetchAfter(
  page: Page,
  since: number,
  method: string,
  urlPart: string,
): Promise<FetchRecord | undefined> {
  const all = await page.evaluate(() => window.__bench?.fetches ?? []);
  return all.find((f) => f.start >= since && f.method === method && f.url.includes(urlPart));
}

/**
 * Starts watching the DOM for `selector` holding `text` (a regular expression source) and returns
 * a handle; `when(since, timeout)` resolves with the first page time at or after `since` at which
 * it began to hold (checked on every DOM change, so the time is when the DOM changed, not when
 * Playwright looked), waiting at most `timeout` ms (two minutes by default). Every start is kept: a
 * state that already held before `since` (a search's count line for the letters typed so far)
 * counts only when it begins again after it.
 */
export async function watchFor(
  page: Page,
  name: string,
  selector: string,
  text: string | null,
): Promise<{ when: (since?: number, timeout?: number) => Promise<number> }> {
  await page.evaluate(
    ({ name, selector, text }) => {
      const holds = () =>
        [...document.querySelectorAll(selector)].some(
          (el) => text === null || new RegExp(text).test(el.textContent),
        );
      const starts: number[] = [];
      let held = holds();
      if (held) starts.push(performance.now());
      new MutationObserver(() => {
        const now = holds();
        if (now && !held) starts.push(performance.now());
        held = now;
      }).observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      (window as unknown as Record<string, number[]>)[`__watch_${name}`] = starts;
    },
    { name, selector, text },
  );
  return {
    when: async (since = -Infinity, timeout = 120_000) => {
      const handle = await page.waitForFunction(
        ({ name, since }) =>
          (window as unknown as Record<string, number[] | undefined>)[`__watch_${name}`]?.find(
            (t) => t >= since,
          ) ?? false,
        { name, since },
        { polling: 'raf', timeout },
      );
      return (await handle.jsonValue()) as number;
    },
  };
}
