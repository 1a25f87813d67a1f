/** The store listing texts: one per shipped language, within the Chrome Web Store's and AMO's limits. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const locales = readdirSync('public/_locales').sort();
const listings = readdirSync('store/listing')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('the store listing', () => {
  it('has a text for every language the extension ships', () => {
    expect(listings).toEqual(locales);
  });

  it.each(listings)('%s: a summary of at most 132 characters and a description within the limits', (locale) => {
    const listing = JSON.parse(readFileSync(`store/listing/${locale}.json`, 'utf8'));
    expect(Object.keys(listing)).toEqual(['name', 'summary', 'description']);
    expect(listing.name).toBe('HomeGuard');
    expect(listing.summary.length).toBeGreaterThan(40);
    expect(listing.summary.length).toBeLessThanOrEqual(132); // Chrome's short description; AMO allows 250
    expect(listing.description.length).toBeGreaterThan(600);
    expect(listing.description.length).toBeLessThanOrEqual(16_000);
    // It says what the privacy policy says about the one request.
    expect(listing.description).toMatch(/Have I Been Pwned/);
    expect(listing.description).toMatch(/5 /);
  });
});
