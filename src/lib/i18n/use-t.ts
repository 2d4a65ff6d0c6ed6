/** Words in the admin's language: `t('shell.nav.users')`, with ICU values where a message has them. */
import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './messages';

/** Values a message may take: numbers are formatted for the locale by the message itself. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A typed `formatMessage`: only ids of the catalog compile. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The translator of the current language; the same function until the language changes. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/** The space between a sentence and a link after it (the lint guard refuses literal strings in JSX, blank ones too). */
export const SPACE = ' ';
