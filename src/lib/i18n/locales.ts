/** The languages the portal speaks, and which one a browser asks for. */

/** Supported locales, the first being the fallback. */
export const LOCALES = ['en-US', 'nl-NL'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'English',
  'nl-NL': 'Nederlands',
};

/** Whether a value names a supported locale exactly. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported locale closest to the browser's preferences (`navigator.languages`): an exact
 * match first, then the same language (`nl-BE` -> `nl-NL`), else English.
 */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0]?.toLowerCase();
    const sameLanguage = LOCALES.find((l) => l.split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return LOCALES[0];
}
