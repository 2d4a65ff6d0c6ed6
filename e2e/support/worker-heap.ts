/**
 * Reads a dedicated worker's V8 heap from a journey (Chromium only), through the browser's DevTools
 * protocol: Playwright gives no CDP session for a worker, so the browser session attaches to the
 * worker's target and speaks to it through `Target.sendMessageToTarget`.
 */
import type { Browser } from '@playwright/test';

interface Message {
  readonly id?: number;
  readonly method?: string;
  readonly params?: { readonly chunk?: string };
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

type Send = (method: string, params?: object) => Promise<Message>;

/**
 * Runs `use` with a DevTools session on the first worker whose URL contains `urlPart`: `send` sends
 * one command to it, `chunks` collects the heap snapshot chunks it reports.
 */
async function withWorker<T>(
  browser: Browser,
  urlPart: string,
  use: (send: Send, chunks: string[]) => Promise<T>,
): Promise<T> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(urlPart));
    if (!target) throw new Error(`No worker target whose URL contains ${urlPart}`);
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    let next = 0;
    const pending = new Map<number, (m: Message) => void>();
    const chunks: string[] = [];
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as Message;
      if (message.method === 'HeapProfiler.addHeapSnapshotChunk')
        chunks.push(message.params?.chunk ?? '');
      if (message.id !== undefined) pending.get(message.id)?.(message);
    });
    const send: Send = (method, params = {}) =>
      new Promise<Message>((resolve, reject) => {
        next += 1;
        pending.set(next, (m) => {
          if (m.error) reject(new Error(`${method}: ${m.error.message}`));
          else resolve(m);
        });
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: next, method, params }),
        });
      });
    const result = await use(send, chunks);
    await cdp.send('Target.detachFromTarget', { sessionId });
    return result;
  } finally {
    await cdp.detach();
  }
}

/**
 * Takes a heap snapshot (after a garbage collection, as DevTools does) of the first worker whose URL
 * contains `urlPart` and returns the `needles` some string in it contains.
 */
export function workerHeapContains(
  browser: Browser,
  urlPart: string,
  needles: readonly string[],
): Promise<{ found: string[]; bytes: number }> {
  return withWorker(browser, urlPart, async (send, chunks) => {
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await send('HeapProfiler.disable');
    const snapshot = chunks.join('');
    return { found: needles.filter((n) => snapshot.includes(n)), bytes: snapshot.length };
  });
}

/** The worker's V8 heap in use and allocated (bytes), after a garbage collection. */
export function workerHeapUsage(
  browser: Browser,
  urlPart: string,
): Promise<{ usedSize: number; totalSize: number }> {
  return withWorker(browser, urlPart, async (send) => {
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    await send('HeapProfiler.disable');
    return usage.result as { usedSize: number; totalSize: number };
  });
}
