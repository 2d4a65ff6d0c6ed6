/** Translators for tests of code that takes one: English (the default) and Dutch. */
import { createIntl } from 'react-intl';
import type { Locale } from '../lib/i18n/locales';
import { en } from '../lib/i18n/messages/en';
import { nl } from '../lib/i18n/messages/nl';
import type { Translate } from '../lib/i18n/use-t';

export function translator(locale: Locale): Translate {
  const intl = createIntl({ locale, messages: locale === 'nl-NL' ? nl : en });
  return (id, values) => intl.formatMessage({ id }, values);
}

export const enT = translator('en-US');
export const nlT = translator('nl-NL');
