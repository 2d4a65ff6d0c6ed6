/**
 * The admin's language: chosen in the account menu and remembered in localStorage; until chosen,
 * the browser's language decides.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { isLocale, matchLocale, type Locale } from './locales';

interface LocaleState {
  /** The admin's choice, or null to follow the browser. */
  readonly chosen: Locale | null;
  choose: (locale: Locale) => void;
}

export const LOCALE_STORAGE_KEY = 'portal.locale';

export const useLocaleStore = create<LocaleState>()(
  persist(
    (set) => ({
      chosen: null,
      choose: (locale) => {
        set({ chosen: locale });
      },
    }),
    {
      name: LOCALE_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      version: 1,
      merge: (persisted, current) => {
        const chosen = (persisted as { chosen?: unknown } | undefined)?.chosen;
        return { ...current, chosen: isLocale(chosen) ? chosen : null };
      },
    },
  ),
);

function browserLocale(): Locale {
  return matchLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** The language the portal speaks now. */
export function useLocale(): Locale {
  return useLocaleStore((state) => state.chosen) ?? browserLocale();
}

/** The language the portal speaks now, outside React (a route loading its words). */
export function currentLocale(): Locale {
  return useLocaleStore.getState().chosen ?? browserLocale();
}
