/**
 * English outside React: for what must not follow the UI language (CSV exports, whose column
 * names and values scripts read), and for tests of code that takes a translator. The whole English
 * catalog is a chunk of its own, fetched when first asked for.
 */
import { createIntl } from 'react-intl';
import type { Translate } from './use-t';

let english: Promise<Translate> | null = null;

/** The English translator, once its catalog has arrived. */
export function loadEnglish(): Promise<Translate> {
  english ??= import('./messages/en').then(({ en }) => {
    const intl = createIntl({ locale: 'en-US', messages: en });
    return (id, values) => intl.formatMessage({ id }, values);
  });
  return english;
}
