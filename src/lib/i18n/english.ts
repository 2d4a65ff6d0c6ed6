/**
 * English outside React: for what must not follow the UI language (CSV exports, whose column
 * names and values scripts read), and for tests of code that takes a translator.
 */
import { createIntl } from 'react-intl';
import { en } from './messages/en';
import type { Translate } from './use-t';

const intl = createIntl({ locale: 'en-US', messages: en });

export const englishT: Translate = (id, values) => intl.formatMessage({ id }, values);
