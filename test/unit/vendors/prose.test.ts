/**
 * The vendor sentences a user reads are translated into every language the extension ships,
 * each keyed by its English text (so an English change shows up here), with every number kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVendors } from '../../../scripts/manifest';
import { vendorProse } from '../../../src/vendors/prose';

const english = vendorProse(loadVendors('src/vendors'));
const locales = readdirSync('public/_locales').filter((l) => l !== 'en');

describe('the vendor sentences in every language', () => {
  it('are the privacy settings’ reasons, firmware guidance, incidents and automation notes', () => {
    expect(english.length).toBeGreaterThan(100);
    expect(english).toEqual(expect.arrayContaining([expect.stringMatching(/Alexa|Ring|Wyze/)]));
  });

  it.each(locales)(
    '%s: one translation per English sentence, none stale, every number of two or more digits kept',
    (locale) => {
      const file = `src/vendors/i18n/${locale}.json`;
      expect(existsSync(file), file).toBe(true);
      const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      expect(Object.keys(table).sort()).toEqual(english);
      for (const [source, translated] of Object.entries(table)) {
        expect(translated.trim().length, source).toBeGreaterThan(0);
        for (const number of source.match(/\d{2,}/g) ?? [])
          expect(translated, `${source} -> ${translated}`).toContain(number);
      }
    },
  );
});

describe('the popup’s vendor sentences', () => {
  it('are shown in the user’s language, and as written where the table has none', async () => {
    const { loadProse, prose } = await import('../../../src/popup/prose');
    const german = JSON.parse(readFileSync('src/vendors/i18n/de.json', 'utf8')) as Record<string, string>;
    await loadProse('de');
    expect(prose(english[0]!)).toBe(german[english[0]!]);
    expect(prose('Ring')).toBe('Ring');
    await loadProse('en');
    expect(prose(english[0]!)).toBe(english[0]);
  });
});
