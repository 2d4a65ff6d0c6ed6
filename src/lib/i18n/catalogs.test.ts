import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import type { Locale } from './locales';
import { en, type MessageId } from './messages/en';
import { nl } from './messages/nl';

const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = {
  'en-US': en,
  'nl-NL': nl,
};

/** The arguments a message takes, each with its kind (`seconds:number`, `count:plural`). */
function argumentsOf(
  elements: readonly MessageFormatElement[],
  out = new Set<string>(),
): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        out.add(`${element.value}:string`);
        break;
      case TYPE.number:
        out.add(`${element.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        out.add(`${element.value}:date`);
        break;
      case TYPE.plural:
      case TYPE.select:
        out.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, out);
        break;
      case TYPE.tag:
        out.add(`<${element.value}>`);
        argumentsOf(element.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

const ids = Object.keys(en) as MessageId[];

describe('message catalogs', () => {
  it.each(LOCALES)('%s has every message, each valid ICU MessageFormat', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(() => parse(catalog[id]), `${locale} ${id}`).not.toThrow();
  });

  it.each(LOCALES)('%s takes the same arguments as English in every message', (locale) => {
    const mismatches = ids.filter((id) => {
      const source = [...argumentsOf(parse(en[id]))].sort();
      const translated = [...argumentsOf(parse(CATALOGS[locale][id]))].sort();
      return JSON.stringify(source) !== JSON.stringify(translated);
    });
    expect(mismatches).toEqual([]);
  });
});
