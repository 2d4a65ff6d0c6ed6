/**
 * Every blade renders its words, in English and in Dutch, now that each blade's catalog areas
 * load with its route: the heading in the language, no message id on the page, and no missing
 * message reported (the provider reports one as a console error).
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Locale } from '../../lib/i18n/locales';
import { renderRoute } from '../../test/render-route';
import { E3, e3BaseOnlyUser, seededGroupId, seededStore } from '../../test/seed';

/** A message id as the page would show it if its words had not arrived ("groups.col.name"). */
const AN_ID =
  /\b(?:common|shell|live|licensing|products|groups|users|rules|audit)\.[a-z][A-Za-z0-9]*/;

const BLADES: readonly {
  readonly name: string;
  readonly path: () => string;
  readonly heading: Readonly<Record<Locale, string | RegExp>>;
}[] = [
  {
    name: 'Licenses overview',
    path: () => '/licenses',
    heading: { 'en-US': 'Licenses', 'nl-NL': 'Licenties' },
  },
  {
    name: 'All products',
    path: () => '/licenses/products',
    heading: { 'en-US': 'All products', 'nl-NL': 'Alle producten' },
  },
  {
    name: 'a product',
    path: () => `/licenses/products/${E3}`,
    heading: { 'en-US': 'Office 365 E3', 'nl-NL': 'Office 365 E3' },
  },
  { name: 'Groups', path: () => '/groups', heading: { 'en-US': 'Groups', 'nl-NL': 'Groepen' } },
  {
    name: 'a group, Licenses tab',
    path: () => `/groups/${seededGroupId('E3 base services')}?tab=licenses`,
    heading: { 'en-US': 'E3 base services', 'nl-NL': 'E3 base services' },
  },
  {
    name: 'a group, rule tab',
    path: () => `/groups/${seededGroupId('E3 base services')}?tab=rule`,
    heading: { 'en-US': 'E3 base services', 'nl-NL': 'E3 base services' },
  },
  { name: 'Users', path: () => '/users', heading: { 'en-US': 'Users', 'nl-NL': 'Gebruikers' } },
  {
    name: 'a user, Licenses tab',
    path: () => `/users/${e3BaseOnlyUser(seededStore())}?tab=licenses`,
    heading: { 'en-US': /./, 'nl-NL': /./ },
  },
  {
    name: 'Audit logs',
    path: () => '/audit',
    heading: { 'en-US': 'Audit logs', 'nl-NL': 'Controlelogboeken' },
  },
];

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});
afterEach(() => {
  consoleError.mockRestore();
});

describe.each<Locale>(['en-US', 'nl-NL'])('every blade in %s', (locale) => {
  it.each(BLADES)('$name shows its words', async (blade) => {
    await renderRoute(blade.path(), { locale });
    expect(
      await screen.findByRole('heading', { level: 1, name: blade.heading[locale] }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(AN_ID);
    const missing = consoleError.mock.calls.filter(([error]) =>
      String(error).includes('MISSING_TRANSLATION'),
    );
    expect(missing).toEqual([]);
  });
});
