/** A react-intl provider for tests that render a component without the app's providers. */
import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Locale } from '../lib/i18n/locales';
import { en } from '../lib/i18n/messages/en';
import { nl } from '../lib/i18n/messages/nl';

export function intlWrapper(locale: Locale = 'en-US') {
  return function IntlWrapper({ children }: { children: ReactNode }) {
    return (
      <IntlProvider locale={locale} messages={locale === 'nl-NL' ? nl : en}>
        {children}
      </IntlProvider>
    );
  };
}
