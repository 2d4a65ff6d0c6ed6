/**
 * The catalog's areas as the portal loads them (`../catalog.ts` keeps what is loaded). The entry's
 * areas are the words of the shell and of the first blade (Licenses → Overview): English ones are
 * part of the first load. Every other area is a chunk of its own, loaded with the blades that use
 * it (their route waits for it), and every Dutch area, the entry's too, is fetched when Dutch is
 * chosen or detected. An area is a file in `en/` (the source) and its typed mirror in `nl/`.
 */
import type { Locale } from '../locales';
import { common } from './en/common';
import { live } from './en/live';
import { overview } from './en/overview';
import { shell } from './en/shell';

/** A part of a catalog: message ids to ICU MessageFormat text. */
export type Messages = Readonly<Record<string, string>>;

/** The areas of the first load: the components' shared words, the shell's, the first blade's. */
export const ENTRY_AREAS = ['common', 'shell', 'live', 'overview'] as const;
/** The areas that load with the blades that use them. */
export const LAZY_AREAS = [
  'licensing',
  'products',
  'groups',
  'users',
  'rules',
  'audit',
  'cost',
  'tenant',
] as const;

export type EntryArea = (typeof ENTRY_AREAS)[number];
export type LazyArea = (typeof LAZY_AREAS)[number];
export type Area = EntryArea | LazyArea;

/** The English words of the first load. */
export const ENGLISH_ENTRY: Messages = { ...common, ...shell, ...live, ...overview };

type Loaders = Readonly<Record<Area, () => Promise<Messages>>>;

const englishEntry = (): Promise<Messages> => Promise.resolve(ENGLISH_ENTRY);

const ENGLISH: Loaders = {
  common: englishEntry,
  shell: englishEntry,
  live: englishEntry,
  overview: englishEntry,
  licensing: () => import('./en/licensing').then((m) => m.licensing),
  products: () => import('./en/products').then((m) => m.products),
  groups: () => import('./en/groups').then((m) => m.groups),
  users: () => import('./en/users').then((m) => m.users),
  rules: () => import('./en/rules').then((m) => m.rules),
  audit: () => import('./en/audit').then((m) => m.audit),
  cost: () => import('./en/cost').then((m) => m.cost),
  tenant: () => import('./en/tenant').then((m) => m.tenant),
};

const DUTCH: Loaders = {
  common: () => import('./nl/common').then((m) => m.common),
  shell: () => import('./nl/shell').then((m) => m.shell),
  live: () => import('./nl/live').then((m) => m.live),
  overview: () => import('./nl/overview').then((m) => m.overview),
  licensing: () => import('./nl/licensing').then((m) => m.licensing),
  products: () => import('./nl/products').then((m) => m.products),
  groups: () => import('./nl/groups').then((m) => m.groups),
  users: () => import('./nl/users').then((m) => m.users),
  rules: () => import('./nl/rules').then((m) => m.rules),
  audit: () => import('./nl/audit').then((m) => m.audit),
  cost: () => import('./nl/cost').then((m) => m.cost),
  tenant: () => import('./nl/tenant').then((m) => m.tenant),
};

/** Fetches one area of a language's catalog. */
export function loadArea(locale: Locale, area: Area): Promise<Messages> {
  return (locale === 'nl-NL' ? DUTCH : ENGLISH)[area]();
}
