/**
 * The journeys' `test`: Playwright's, with a page that fails the journey when the portal logs a
 * console error, throws an uncaught error, or a request fails (network failure or an HTTP error
 * status) that the journey did not announce. A journey that provokes a refusal on purpose (a
 * reader pressing Save, a bad rule) says so first with `hygiene.expectFailure(...)`.
 */
import {
  test as base,
  type ConsoleMessage,
  type Frame,
  type Request,
  type Response,
} from '@playwright/test';
import { ReadLedger } from './read-ledger';

/** A failure the journey expects: the request's method and a part of its URL, and the status. */
export interface ExpectedFailure {
  readonly method?: string;
  readonly url: string | RegExp;
  readonly status: number;
}

export interface Hygiene {
  /** Announces a refusal the journey provokes; matching responses (and their console line) pass. */
  expectFailure(failure: ExpectedFailure): void;
}

const matches = (url: string, pattern: string | RegExp) =>
  typeof pattern === 'string' ? url.includes(pattern) : pattern.test(url);

/** Chromium's console line for a response with an error status ("Failed to load resource: …"). */
const FAILED_RESOURCE = /^Failed to load resource: the server responded with a status of (\d{3})/;

/** The emulator's impact-preview extensions (`/groups/{id}/previewAssignLicense`, ...). */
const PREVIEW = /\/v1\.0\/[^?]*\/preview[A-Z][A-Za-z]*(\?|$)/;

/**
 * What a request reads, as a key to spot the same read sent again; null for a write. A JSON
 * `$batch` of GETs only (names or member counts for a page of rows) is a read like its parts.
 */
function readKey(request: Request): string | null {
  if (request.method() === 'GET') return `GET ${request.url()}`;
  if (request.method() !== 'POST' || !request.url().endsWith('/$batch')) return null;
  try {
    const body = request.postDataJSON() as { requests?: { method?: string; url?: string }[] };
    const parts = body.requests ?? [];
    if (parts.length === 0 || parts.some((part) => part.method !== 'GET')) return null;
    return `POST $batch of GET ${parts.map((part) => part.url ?? '').join(', ')}`;
  } catch {
    return null;
  }
}

export const test = base.extend<{ hygiene: Hygiene }>({
  hygiene: [
    async ({ page }, use) => {
      const expected: ExpectedFailure[] = [];
      const problems: string[] = [];
      const isExpected = (method: string, url: string, status: number) =>
        expected.some(
          (e) =>
            e.status === status &&
            (e.method === undefined || e.method === method) &&
            matches(url, e.url),
        );

      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        const status = FAILED_RESOURCE.exec(text)?.[1];
        const url = message.location().url;
        // The response itself is judged below; its console echo only when it was expected.
        if (status !== undefined && expected.some((e) => e.status === Number(status))) return;
        problems.push(`console error: ${text}${url ? ` (${url})` : ''}`);
      };
      const onPageError = (error: Error) => {
        problems.push(`uncaught error: ${error.message}`);
      };
      // A read abandoned and sent again on the same page is waste; an abandoned write is never fine.
      const reads = new ReadLedger();
      const onNavigated = (frame: Frame) => {
        if (frame === page.mainFrame()) reads.navigated();
      };
      // A page that navigates away (the redirect to Entra and back) abandons what it was reading;
      // reading it again on the new page is not waste.
      let leaving = false;
      const onRequest = (request: Request) => {
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) leaving = true;
        const read = readKey(request);
        if (read !== null) reads.sentRead(read);
      };
      const onArrived = () => {
        leaving = false;
      };
      const onFailed = (request: Request) => {
        const reason = request.failure()?.errorText ?? 'unknown';
        const url = request.url();
        if (reason === 'net::ERR_ABORTED') {
          // The portal's own chunks, abandoned by a navigation, are not the portal's requests.
          if (request.resourceType() !== 'fetch' && request.resourceType() !== 'xhr') return;
          // An impact preview the admin's next toggle superseded is cancelled on purpose.
          if (request.method() === 'POST' && PREVIEW.test(url)) return;
          const read = readKey(request);
          if (read !== null) {
            if (!leaving) reads.abandonedRead(read);
            return;
          }
          // Leaving the page cuts off sign-in's own requests (MSAL's token call); never a Graph write.
          if (leaving && new URL(url).origin !== 'https://graph.microsoft.com') return;
        }
        problems.push(`request failed: ${request.method()} ${url}: ${reason}`);
      };
      const onResponse = (response: Response) => {
        const status = response.status();
        if (status < 400) return;
        const request = response.request();
        if (isExpected(request.method(), response.url(), status)) return;
        problems.push(`HTTP ${String(status)}: ${request.method()} ${response.url()}`);
      };
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      page.on('request', onRequest);
      page.on('domcontentloaded', onArrived);
      page.on('requestfailed', onFailed);
      page.on('framenavigated', onNavigated);
      page.on('response', onResponse);

      await use({ expectFailure: (failure) => expected.push(failure) });

      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      page.off('domcontentloaded', onArrived);
      page.off('requestfailed', onFailed);
      page.off('framenavigated', onNavigated);
      for (const read of reads.wasted()) problems.push(`read abandoned and sent again: ${read}`);
      page.off('response', onResponse);
      if (problems.length > 0)
        throw new Error(
          `The journey left ${String(problems.length)} console error(s) or unexpected failed request(s):\n- ${problems.join('\n- ')}`,
        );
    },
    { auto: true },
  ],
});

export { expect, type Locator, type Page } from '@playwright/test';
