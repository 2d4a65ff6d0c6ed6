/**
 * The message catalogs: English is the source (`en/*`), Dutch mirrors it key for key (`nl/*`; the
 * type system refuses a Dutch area that misses a key). Messages are ICU MessageFormat.
 */
import type { Locale } from '../locales';
import { live as enLive } from './en/live';
import { shell as enShell } from './en/shell';
import { live as nlLive } from './nl/live';
import { shell as nlShell } from './nl/shell';

export const en = { ...enShell, ...enLive } as const;

/** Every message id. */
export type MessageId = keyof typeof en;

const nl: Record<MessageId, string> = { ...nlShell, ...nlLive };

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = {
  'en-US': en,
  'nl-NL': nl,
};
