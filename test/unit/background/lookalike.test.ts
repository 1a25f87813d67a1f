/**
 * Look-alike detection against a corpus: look-alikes made from every vendor's own domains with
 * the tricks phishers use, and the 500 most linked-to domains (data/top-sites, a real public
 * list), which must not warn. Prints the detection and false-positive rates.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkLookalike, decodePunycodeLabel, editDistance, skeleton } from '../../../src/background/lookalike';
import { VENDORS } from '../../../src/vendors';
import { lookalikes, ordinary } from '../helpers/lookalike-corpus';

const results = { caught: 0, missed: [] as string[], falsePositives: [] as string[] };

describe('look-alike detection', () => {
  it('has a corpus of at least 100 look-alikes and 200 ordinary hosts', () => {
    expect(lookalikes.length).toBeGreaterThanOrEqual(100);
    expect(ordinary.length).toBeGreaterThanOrEqual(200);
  });

  it('never warns on a real vendor host', () => {
    for (const vendor of VENDORS) {
      for (const host of [
        ...vendor.match.domains,
        ...vendor.match.domains.map((d) => `account.${d}`),
        ...vendor.match.hosts,
      ]) {
        expect(checkLookalike({ host, title: `${vendor.name} | Log In` }), host).toBeNull();
      }
    }
  });

  it('catches at least 95% of the look-alikes, naming the real vendor site', () => {
    for (const host of lookalikes) {
      const verdict = checkLookalike({ host });
      if (verdict) results.caught += 1;
      else results.missed.push(host);
    }
    expect(results.caught / lookalikes.length).toBeGreaterThanOrEqual(0.95);
    const ring = checkLookalike({ host: 'ring.com.evil.io' });
    expect(ring).toMatchObject({ vendorId: 'ring', realHost: 'ring.com' });
  });

  it('raises no warning on the 500 most linked-to domains', () => {
    for (const host of ordinary) {
      if (checkLookalike({ host, title: 'Sign in' })) results.falsePositives.push(host);
    }
    expect(results.falsePositives).toEqual([]);
  });

  it('warns on a page on another host that calls itself a vendor login', () => {
    expect(checkLookalike({ host: 'cam-deals.example', title: 'Wyze - Log in' })).toMatchObject({
      vendorId: 'wyze',
      reason: 'page-claims-vendor',
    });
    expect(checkLookalike({ host: 'news.example', title: 'Wyze cameras reviewed' })).toBeNull();
  });

  it('folds homoglyphs and decodes punycode', () => {
    expect(decodePunycodeLabel(new URL('https://rïng.com/').hostname.split('.')[0]!)).toBe('rïng');
    expect(decodePunycodeLabel('xn--80ak6aa92e')).toBe('аррӏе');
    expect(skeleton(new URL('https://аrlo.com/').hostname)).toBe('arlo.com');
    expect(skeleton('rn0bi1e')).toBe('mobile');
    expect(editDistance('wyze', 'wyse')).toBe(1);
  });
});

afterAll(() => {
  const rate = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `look-alike corpus: ${lookalikes.length} look-alikes, caught ${results.caught} (${rate(results.caught, lookalikes.length)}); ` +
      `${ordinary.length} ordinary hosts, false positives ${results.falsePositives.length} (${rate(results.falsePositives.length, ordinary.length)})` +
      (results.missed.length ? `; missed: ${results.missed.join(', ')}` : ''),
  );
});
