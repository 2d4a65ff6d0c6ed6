/**
 * The message catalogs: English is the source (`en/*`), Dutch mirrors it key for key (`nl/*`; the
 * type system refuses a Dutch area that misses a key). Messages are ICU MessageFormat. The catalog
 * is split in areas that load as the portal needs them (`areas.ts`, `../catalog.ts`); the whole
 * English catalog (`en`) is for tests and scripts, and for exports that stay English
 * (`../english.ts`, loaded on demand).
 */
import type { MessageId } from './en';
import type { Messages } from './areas';

export type { MessageId };

/** Whether a string built from a code (`licensing.error.${code}`) names a message of an area. */
export const isMessageIdIn = (area: Messages, id: string): id is MessageId =>
  Object.hasOwn(area, id);
