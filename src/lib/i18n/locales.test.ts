import { describe, expect, it } from 'vitest';
import { matchLocale } from './locales';

describe('matchLocale', () => {
  it.each([
    [['nl-NL'], 'nl-NL'],
    [['nl'], 'nl-NL'],
    [['nl-BE', 'en-US'], 'nl-NL'],
    [['en-GB'], 'en-US'],
    [['fr-FR', 'nl'], 'nl-NL'],
    [['fr-FR', 'de'], 'en-US'],
    [[], 'en-US'],
  ])('%j -> %s', (preferred, locale) => {
    expect(matchLocale(preferred)).toBe(locale);
  });
});
