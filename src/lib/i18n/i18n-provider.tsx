/** Puts the admin's language around the portal: react-intl's provider and the page's `lang`. */
import { useEffect, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useLocale } from './locale-store';
import { LOCALES } from './locales';
import { CATALOGS } from './messages';

export function I18nProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <IntlProvider locale={locale} defaultLocale={LOCALES[0]} messages={CATALOGS[locale]}>
      {children}
    </IntlProvider>
  );
}
