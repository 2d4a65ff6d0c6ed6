/**
 * The two ways persistence says no. Both carry one line of plain words: where and what.
 */

/**
 * A change could not be made durable (the disk refused the write). The emulator has dropped back
 * to its last durable tenant, so the change is gone: the client hears 503 and may retry. The HTTP
 * server and the embedded backend map it to Graph's `serviceNotAvailable` envelope.
 */
export class NotDurableError extends Error {
  override readonly name = 'NotDurableError';
}

/**
 * Saved data cannot be loaded (missing where it must exist, truncated, corrupt or of the wrong
 * shape). The message is one line naming the file (or database) and the problem, never its content.
 */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

/** An error's message, for a one-line report. */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 300) ?? '';
}
