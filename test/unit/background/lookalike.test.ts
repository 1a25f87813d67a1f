/**
 * Look-alike detection against permutations of every vendor domain of the kinds typosquatting
 * tools generate (helpers/domain-permutations.ts), judged by hostname alone and with a login
 * page naming the vendor, and against ~130,000 real hosts from public lists, which must not
 * warn. Prints the rates per kind.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFUSABLES_FILE, confusablesTable } from '../../../scripts/build-confusables';
import { checkLookalike, editDistance } from '../../../src/background/lookalike/check';
import { decodeLabel, skeleton } from '../../../src/background/lookalike/skeleton';
import { VENDORS } from '../../../src/vendors';
import { permutationCorpus, realHosts } from '../helpers/domain-permutations';

const domains = VENDORS.flatMap((v) => v.match.domains);
const byKind = permutationCorpus();
const all = [...byKind.values()].flat();
const report: string[] = [];

describe('look-alike detection', () => {
  it('ships exactly what Unicode’s confusables data gives (no drift)', () => {
    const shipped = JSON.parse(readFileSync(CONFUSABLES_FILE, 'utf8')) as Record<string, string>;
    expect(shipped).toEqual(confusablesTable());
    expect(Object.keys(shipped).length).toBeGreaterThan(1500);
    expect(shipped['ѕ']).toBe('s');
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

  it('catches at least 90 % of the permutations from the hostname alone', () => {
    let caught = 0;
    for (const [kind, hosts] of byKind) {
      const hits = hosts.filter(({ host }) => checkLookalike({ host }) !== null).length;
      caught += hits;
      report.push(`${kind}: ${hits}/${hosts.length} (${((100 * hits) / hosts.length).toFixed(1)} %)`);
    }
    report.unshift(`hostname alone: ${caught}/${all.length} (${((100 * caught) / all.length).toFixed(1)} %)`);
    expect(all.length).toBeGreaterThan(10_000);
    expect(caught / all.length).toBeGreaterThanOrEqual(0.9);
  });

  it('catches at least 99 % with the page’s login signals, naming the imitated vendor', () => {
    let caught = 0;
    let named = 0;
    for (const { host, vendor } of all) {
      const verdict = checkLookalike({ host, title: `${vendor.name} | Sign in`, logoAlts: [vendor.name] });
      if (verdict) caught += 1;
      if (verdict?.vendorId === vendor.id) named += 1;
    }
    report.push(`with login signals: ${caught}/${all.length} (${((100 * caught) / all.length).toFixed(2)} %)`);
    expect(caught / all.length).toBeGreaterThanOrEqual(0.99);
    expect(named / all.length).toBeGreaterThanOrEqual(0.97);
  });

  it('warns on at most 1 in 10,000 real hosts from public lists it does not ship', () => {
    const { heldOut } = realHosts();
    const hosts = heldOut.filter((host) => !domains.some((d) => host === d || host.endsWith(`.${d}`)));
    const warned = hosts.filter((host) => checkLookalike({ host }) !== null);
    report.push(
      `false warnings: ${warned.length}/${hosts.length} (${((10_000 * warned.length) / hosts.length).toFixed(2)} per 10,000): ${warned.slice(0, 30).join(', ')}`,
    );
    expect(hosts.length).toBeGreaterThan(100_000);
    expect(warned.length / hosts.length).toBeLessThanOrEqual(0.0001);
  }, 60_000);

  it('never warns on the popular sites it ships as known (adobe.com beside goabode)', () => {
    const { popular } = realHosts();
    expect(popular.length).toBe(500);
    expect(popular.filter((host) => checkLookalike({ host }) !== null)).toEqual([]);
    expect(checkLookalike({ host: 'adobe.com' })).toBeNull();
  });

  it('respects label boundaries and real sites one letter from a short vendor name', () => {
    for (const host of [
      'www.chedraui.com.mx',
      'spring.com.au',
      'honest.com.au',
      'carlo.com.br',
      'bing.com',
      'fing.com',
      'waze.com',
      'nesto.ca',
    ]) {
      expect(checkLookalike({ host }), host).toBeNull();
    }
    for (const host of [
      'riing.com',
      'irng.com',
      'wwyze.com',
      'arlo0.com',
      'r1ng.com',
      'rlng.com',
      'ringlogin.com',
      'securesimplisafe.com',
      'simplisafecom.com',
      'ec.obee.com',
    ]) {
      expect(checkLookalike({ host }), host).not.toBeNull();
    }
  });

  it('recognises homoglyphs from Unicode’s confusables, accents and whole-word Cyrillic', () => {
    for (const spoof of ['goabodē', 'eufylīfe', 'cańary', 'hiveḣome', 'есоьее', 'һіѵеһоме']) {
      const host = new URL(`https://${spoof}.com/`).hostname;
      expect(checkLookalike({ host }), spoof).toMatchObject({ reason: 'homoglyph' });
    }
    // A look-alike that is a mark (Telugu "ం" for "o"), one Unicode's data does not list (ᣴ for
    // r, ∂ for a) next to an ASCII look-alike (q for g), and a two-letter name in an
    // international label.
    for (const spoof of ['gంabంde', 'ᣴing', 'qo∂bode', 'uі']) {
      const host = new URL(`https://${spoof}.com/`).hostname;
      expect(checkLookalike({ host }), spoof).toMatchObject({ reason: 'homoglyph' });
    }
    expect(skeleton('gంabంde')).toBe('goabode');
    expect(decodeLabel('xn--80ak6aa92e')).toBe('аррӏе');
    expect(skeleton('rn0bi1e')).toBe(skeleton('mobile'));
    expect(editDistance('wyze', 'wyse')).toBe(1);
    expect(editDistance('irng', 'ring')).toBe(1);
  });

  it('warns on a page that calls itself a vendor’s login, punctuation and short names included', () => {
    for (const [title, vendorId] of [
      ['Wyze - Log in', 'wyze'],
      ['TP-Link | Sign In', 'tp-link'],
      ['ADT Pulse® Login', 'adt'],
      ['Ubiquiti Account | Sign in', 'ubiquiti'],
    ] as const) {
      expect(checkLookalike({ host: 'cam-deals.example', title }), title).toMatchObject({
        vendorId,
        reason: 'page-claims-vendor',
      });
    }
    expect(checkLookalike({ host: 'news.example', title: 'Wyze cameras reviewed' })).toBeNull();
  });
});

afterAll(() => console.log(`look-alike corpus:\n  ${report.join('\n  ')}`));
