/** Words in the admin's language: `t('shell.nav.users')`, with ICU values where a message has them. */
import { useIntl } from 'react-intl';
import type { MessageId } from './messages';

/** Values a message may take: numbers are formatted for the locale by the message itself. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A typed `formatMessage`: only ids of the catalog compile. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
