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

/**
 * Takes a heap snapshot (after a garbage collection, as DevTools does) of the first worker whose URL
 * contains `urlPart` and says whether any string in it contains `needle`.
 */
export async function workerHeapContains(
  browser: Browser,
  urlPart: string,
  needles: readonly string[],
): Promise<{ found: string[]; bytes: number }> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
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
    const send = (method: string, params: object = {}) =>
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
    await send('HeapProfiler.enable');
    await send('HeapProfiler.collectGarbage');
    await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await send('HeapProfiler.disable');
    await cdp.send('Target.detachFromTarget', { sessionId });
    const snapshot = chunks.join('');
    return { found: needles.filter((n) => snapshot.includes(n)), bytes: snapshot.length };
  } finally {
    await cdp.detach();
  }
}
