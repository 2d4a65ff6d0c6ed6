/**
 * In the sandbox, where the seat reports' worker sends its Graph requests: a port the embedded
 * emulator's worker answers on (`mocks/browser.ts`, handed in by `src/app/main.tsx`), so a
 * 100,000-user report's pages go from one worker to the other without crossing the page's UI
 * thread (through the MSW service worker every answer is handed to the page and back). None in
 * live mode, or with a configured Graph base URL: the worker then fetches Graph itself.
 */

let open: (() => MessagePort) | null = null;

/** Sets where new ports come from (the embedded emulator, once started). */
export function answerReportsFromEmulator(next: (() => MessagePort) | null): void {
  open = next;
}

/** A new port to the embedded emulator, or null when there is none. */
export const emulatorPort = (): MessagePort | null => open?.() ?? null;
