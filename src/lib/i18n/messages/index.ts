/**
 * The message catalogs: English is the source (`en/*`), Dutch mirrors it key for key (`nl/*`; the
 * type system refuses a Dutch area that misses a key). Messages are ICU MessageFormat. English is
 * in the entry; another language is fetched when it is chosen or detected (`loadCatalog`).
 */
import type { Locale } from '../locales';
import { en, type MessageId } from './en';

export { en, type MessageId };

export type Catalog = Readonly<Record<MessageId, string>>;

const loaders: Readonly<Record<Locale, () => Promise<Catalog>>> = {
  'en-US': () => Promise.resolve(en),
  'nl-NL': () => import('./nl').then((m) => m.nl),
};

/** The catalog of a language: English at once, any other from its own chunk. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  return loaders[locale]();
}

/** Whether a string built from a code (`licensing.error.${code}`) names a message. */
export const isMessageId = (id: string): id is MessageId => Object.hasOwn(en, id);
