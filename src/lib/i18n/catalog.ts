/**
 * What the portal has of each language's catalog. English starts with the entry's areas (the
 * shell's and the first blade's words); a blade's route waits for its areas (`loadWords`) before
 * it renders, so no blade shows an id or an English word while its words arrive, and another
 * language is prepared whole (its entry areas and every area asked for so far) before the portal
 * switches to it (`prepareLanguage`).
 *
 * A language's catalog only grows, in place: words already there never change, so words arriving
 * for a blade re-render nothing (react-intl reads the catalog object at each format).
 */
import { currentLocale } from './locale-store';
import { LOCALES, type Locale } from './locales';
import {
  ENGLISH_ENTRY,
  ENTRY_AREAS,
  loadArea,
  type Area,
  type LazyArea,
  type Messages,
} from './messages/areas';

const catalogs = new Map<Locale, Record<string, string>>(
  LOCALES.map((locale) => [locale, locale === 'en-US' ? { ...ENGLISH_ENTRY } : {}]),
);
/** Per language, each area asked for: its load, and whether it has arrived. */
const loads = new Map<Locale, Map<Area, Promise<void>>>(
  LOCALES.map((locale) => [locale, new Map()]),
);
const arrived = new Map<Locale, Set<Area>>(
  LOCALES.map((locale) => [locale, new Set<Area>(locale === 'en-US' ? ENTRY_AREAS : [])]),
);
/** The areas blades have asked for: a language the admin switches to gets them before it shows. */
const wanted = new Set<LazyArea>();
/** The language the portal speaks now (the provider says so), besides the one being prepared. */
let spoken: Locale | null = null;

function catalogOf(locale: Locale): Record<string, string> {
  const catalog = catalogs.get(locale);
  if (!catalog) throw new Error(`No catalog for ${locale}.`);
  return catalog;
}

/** The catalog of a language as loaded so far (the same object as it grows). */
export function messagesOf(locale: Locale): Messages {
  return catalogOf(locale);
}

function load(locale: Locale, area: Area): Promise<void> {
  const done = arrived.get(locale);
  const pending = loads.get(locale);
  if (!done || !pending) throw new Error(`No catalog for ${locale}.`);
  if (done.has(area)) return Promise.resolve();
  let loading = pending.get(area);
  if (!loading) {
    loading = loadArea(locale, area).then(
      (messages) => {
        Object.assign(catalogOf(locale), messages);
        done.add(area);
      },
      (error: unknown) => {
        pending.delete(area); // asked again next time (offline, a chunk gone after a deployment)
        throw error;
      },
    );
    pending.set(area, loading);
  }
  return loading;
}

/** Whether a language has its entry areas and every area asked for so far. */
export function isPrepared(locale: Locale): boolean {
  const done = arrived.get(locale);
  return [...ENTRY_AREAS, ...wanted].every((area) => done?.has(area) === true);
}

/** Loads a language's entry areas and every area asked for so far; resolves with its catalog. */
export async function prepareLanguage(locale: Locale): Promise<Messages> {
  await Promise.all([...ENTRY_AREAS, ...wanted].map((area) => load(locale, area)));
  return catalogOf(locale);
}

/** The provider tells which language the portal speaks now. */
export function speaking(locale: Locale): void {
  spoken = locale;
}

/**
 * Loads the words of a blade before it renders: in the language the admin asked for and in the
 * one the portal speaks now (they differ while a switch of language is prepared).
 */
export async function loadWords(areas: readonly LazyArea[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  const locales = new Set<Locale>([currentLocale()]);
  if (spoken) locales.add(spoken);
  await Promise.all([...locales].flatMap((locale) => areas.map((area) => load(locale, area))));
}

/** Resolves a blade's module once its words are loaded too (both fetched at once). */
export async function withWords<T>(areas: readonly LazyArea[], module: Promise<T>): Promise<T> {
  const [loadedModule] = await Promise.all([module, loadWords(areas)]);
  return loadedModule;
}
