/** Every locale has the same keys and placeholders; every key is used and every used key exists. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, unknown> }>;

const LOCALES_DIR = 'public/_locales';
const locales = readdirSync(LOCALES_DIR).sort();
const catalogues = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalogue,
  ]),
);
const english = catalogues.en!;

function placeholdersIn(message: string): string[] {
  return [...new Set(message.match(/\$[A-Z_]+\$/g) ?? [])].sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sourceText = [...filesUnder('src'), 'manifest.json'].map((file) => readFileSync(file, 'utf8')).join('\n');

describe('locales', () => {
  it('are the six the product ships: English, German, French, Spanish, Italian, Dutch', () => {
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl']);
  });

  it.each(locales)('%s translates every message (only names and codes may stay as in English)', (locale) => {
    if (locale === 'en') return;
    const same = Object.entries(catalogues[locale]!).filter(
      ([key, entry]) => entry.message === english[key]!.message && /\b[a-z]{4,}\s+[a-z]{4,}\b/.test(entry.message),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('keeps the store limits: a name of at most 75 characters, a description of at most 132', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      expect(catalogue.extName!.message.length, locale).toBeLessThanOrEqual(75);
      expect(catalogue.extDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it.each(locales)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogues[locale]!).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s uses the same placeholders as English in every message', (locale) => {
    for (const [key, entry] of Object.entries(catalogues[locale]!)) {
      expect(placeholdersIn(entry.message), key).toEqual(placeholdersIn(english[key]!.message));
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(english[key]!.placeholders ?? {}).sort(),
      );
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message.toUpperCase(), `${key} declares $${name}$`).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  it('describes every English message for translators', () => {
    for (const [key, entry] of Object.entries(english)) expect(entry.description, key).toBeTruthy();
  });

  it('has no unused keys', () => {
    const unused = Object.keys(english).filter(
      (key) => !sourceText.includes(`'${key}'`) && !sourceText.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });

  it('has every key the source asks for', () => {
    const used = [...sourceText.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((key) => !(key in english))).toEqual([]);
  });
});
