/**
 * Puts the admin's language around the portal: react-intl's provider and the page's `lang`.
 * English is at hand; another language's catalog is fetched first. On first load in that
 * language nothing renders until it arrives (no English flash); on a switch, the portal keeps
 * speaking the old language until the new catalog is there, so nothing unmounts.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useLocale } from './locale-store';
import { LOCALES, type Locale } from './locales';
import { en, loadCatalog, type Catalog } from './messages';

interface Shown {
  readonly locale: Locale;
  readonly messages: Catalog;
}

const ENGLISH: Shown = { locale: 'en-US', messages: en };

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [shown, setShown] = useState<Shown | null>(locale === ENGLISH.locale ? ENGLISH : null);
  useEffect(() => {
    let current = true;
    void loadCatalog(locale).then(
      (messages) => {
        if (current) setShown({ locale, messages });
      },
      () => {
        // The chunk did not arrive (offline, a new deployment): speak English rather than nothing.
        if (current) setShown(ENGLISH);
      },
    );
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);
  if (!shown) return null;
  return (
    <IntlProvider locale={shown.locale} defaultLocale={LOCALES[0]} messages={shown.messages}>
      {children}
    </IntlProvider>
  );
}
