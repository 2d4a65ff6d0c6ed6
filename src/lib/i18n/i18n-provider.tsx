/**
 * Puts the admin's language around the portal: react-intl's provider and the page's `lang`.
 * English's first-load words are at hand; another language is prepared first (`./catalog`). On
 * first load in that language nothing renders until it arrives (no English flash); on a switch,
 * the portal keeps speaking the old language until the new one is there, so nothing unmounts.
 * Blades' words arrive with their routes (`withWords`). A message missing from the catalog is a
 * console error in every build (react-intl reports it in development only), so a journey that
 * shows one fails.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider, type IntlConfig } from 'react-intl';
import { isPrepared, messagesOf, prepareLanguage, speaking } from './catalog';
import { useLocale } from './locale-store';
import { LOCALES, type Locale } from './locales';

const ENGLISH: Locale = LOCALES[0];

const reportError: IntlConfig['onError'] = (error) => {
  console.error(error);
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [shown, setShown] = useState<Locale | null>(() => (isPrepared(locale) ? locale : null));
  useEffect(() => {
    let current = true;
    const show = (language: Locale) => {
      if (current) setShown(language);
    };
    prepareLanguage(locale).then(
      () => {
        show(locale);
      },
      () => {
        // A chunk did not arrive (offline, a new deployment): speak English rather than nothing.
        void prepareLanguage(ENGLISH).finally(() => {
          show(ENGLISH);
        });
      },
    );
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(() => {
    if (!shown) return;
    speaking(shown);
    document.documentElement.lang = shown;
  }, [shown]);
  if (!shown) return null;
  return (
    <IntlProvider
      locale={shown}
      defaultLocale={ENGLISH}
      messages={messagesOf(shown)}
      onError={reportError}
    >
      {children}
    </IntlProvider>
  );
}
