/**
 * Domain permutations of the kinds security teams generate for typosquatting (after dnstwist's
 * fuzzers): addition, bitsquatting, whole-word Cyrillic, dictionary words, homoglyphs,
 * hyphenation, insertion, omission, plural, repetition, replacement, subdomain splits, tld swaps,
 * transposition, vowel swaps and "various". Homoglyphs come from the `confusables` package's
 * table (not the Unicode data the product uses), kept only where a browser's IDNA keeps them.
 * And real hosts that must not warn: the 500 most linked-to domains (which the product ships as
 * known) and the domains of two public lists of mail services (disposable-email-domains,
 * email-providers), held out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'tldts';
import { VENDORS } from '../../../src/vendors';
import type { Vendor } from '../../../src/vendors/schema';
import { vendorForHost } from '../../../src/vendors/lookup';

const require = createRequire(import.meta.url);

const KEYBOARDS = [
  ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];

/** Keys next to a key on qwerty, qwertz and azerty keyboards. */
const NEIGHBOURS: Record<string, Set<string>> = {};
for (const rows of KEYBOARDS) {
  rows.forEach((row, r) => {
    [...row].forEach((key, c) => {
      const near = (NEIGHBOURS[key] ??= new Set());
      for (const [dr, dc] of [
        [-1, 0],
        [-1, 1],
        [0, -1],
        [0, 1],
        [1, -1],
        [1, 0],
      ] as const) {
        const other = rows[r + dr]?.[c + dc];
        if (other) near.add(other);
      }
    });
  });
}

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'ь',
  c: 'с',
  d: 'ԁ',
  e: 'е',
  g: 'ԍ',
  h: 'һ',
  i: 'і',
  j: 'ј',
  k: 'к',
  l: 'ӏ',
  m: 'м',
  o: 'о',
  p: 'р',
  q: 'ԛ',
  s: 'ѕ',
  t: 'т',
  v: 'ѵ',
  w: 'ԝ',
  x: 'х',
  y: 'у',
};

const DICTIONARY = [
  'login',
  'secure',
  'account',
  'support',
  'verify',
  'update',
  'app',
  'online',
  'my',
  'web',
  'help',
  'service',
  'portal',
  'auth',
  'signin',
  'id',
  'official',
  'access',
  'home',
  'cloud',
  'security',
  'alert',
  'confirm',
  'customer',
  'mail',
  'shop',
  'store',
  'pay',
  'user',
  'live',
];

const TLDS = [
  'com',
  'net',
  'org',
  'info',
  'co',
  'io',
  'co.uk',
  'de',
  'fr',
  'app',
  'online',
  'site',
  'xyz',
  'top',
  'shop',
  'us',
  'eu',
  'me',
  'biz',
  'cc',
];

/** Look-alike letters for each Latin letter that survive a browser's IDNA mapping (so a host can hold them). */
function homoglyphTable(): Record<string, string[]> {
  const characters = (require('confusables/dist/characters.js') as { characters: Map<string, string> }).characters;
  const out: Record<string, string[]> = {};
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const glyphs = [...(characters.get(letter) ?? '')].filter((glyph) => {
      try {
        const host = new URL(`https://x${glyph}x.com/`).hostname;
        return host.startsWith('xn--') && !/^[ -~]$/.test(glyph);
      } catch {
        return false;
      }
    });
    out[letter] = [...new Set(glyphs)].slice(0, 6);
  }
  return out;
}
const HOMOGLYPHS = homoglyphTable();

const VALID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Look-alike letters within ASCII, as dnstwist lists them. */
const ASCII_GLYPHS: Record<string, string[]> = {
  '0': ['o'],
  '1': ['l', 'i'],
  '3': ['8'],
  '6': ['9'],
  '8': ['3'],
  '9': ['6'],
  b: ['d', 'lb'],
  c: ['e'],
  d: ['b', 'cl', 'dl'],
  e: ['c'],
  g: ['q'],
  h: ['lh'],
  i: ['1', 'l'],
  k: ['lc'],
  l: ['1', 'i'],
  m: ['n', 'nn', 'rn'],
  n: ['m', 'r'],
  o: ['0'],
  q: ['g'],
  u: ['v'],
  v: ['u'],
  w: ['vv'],
};

/** Per domain, so that long names (thousands of two-round mixes) do not drown the rest. */
const MAX_HOMOGLYPHS_PER_DOMAIN = 1500;

function homoglyphMix(name: string, limit: number): string[] {
  const glyphsOf = (ch: string) => [...(ASCII_GLYPHS[ch] ?? []), ...(HOMOGLYPHS[ch] ?? []).slice(0, 3)];
  const mix = (word: string): string[] => {
    const out = new Set<string>();
    for (let w = 1; w < word.length; w++) {
      for (let i = 0; i + w <= word.length; i++) {
        const window = word.slice(i, i + w);
        for (const ch of new Set(window)) {
          for (const glyph of glyphsOf(ch))
            out.add(word.slice(0, i) + window.replaceAll(ch, glyph) + word.slice(i + w));
        }
      }
    }
    return [...out];
  };
  const first = mix(name);
  const all = new Set(first);
  // The second round, spread over the first round's results, up to the limit.
  for (let round = 0; all.size < limit && round < first.length; round++) {
    for (const host of mix(first[round]!)) {
      if (all.size >= limit) break;
      all.add(host);
    }
  }
  return [...all].filter((host) => host !== name);
}

/** The permutations of one domain's name, by kind (dnstwist's fuzzer names). */
export function permutations(domain: string): Record<string, string[]> {
  const { domainWithoutSuffix: name, publicSuffix: suffix } = parse(domain);
  if (!name || !suffix) return {};
  const out: Record<string, Set<string>> = {};
  const add = (kind: string, label: string, tld = suffix) => {
    if (!label || (label === name && tld === suffix)) return;
    const ascii = /^[ -~]+$/.test(label);
    if (ascii && !VALID.test(label)) return;
    let host: string;
    try {
      host = new URL(`https://${label}.${tld}/`).hostname;
    } catch {
      return;
    }
    if (host !== domain) (out[kind] ??= new Set()).add(host);
  };
  const letters = [...name];
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') add('addition', name + c);
  letters.forEach((ch, i) => {
    const code = ch.charCodeAt(0);
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(code ^ (1 << bit)).toLowerCase();
      if (/[a-z0-9-]/.test(flipped)) add('bitsquatting', name.slice(0, i) + flipped + name.slice(i + 1));
    }
    for (const glyph of HOMOGLYPHS[ch] ?? []) add('homoglyph', name.slice(0, i) + glyph + name.slice(i + 1));
    if (i > 0 && i < letters.length) add('hyphenation', `${name.slice(0, i)}-${name.slice(i)}`);
    for (const near of NEIGHBOURS[ch] ?? []) {
      add('insertion', name.slice(0, i) + near + name.slice(i));
      add('insertion', name.slice(0, i + 1) + near + name.slice(i + 1));
      add('replacement', name.slice(0, i) + near + name.slice(i + 1));
    }
    add('omission', name.slice(0, i) + name.slice(i + 1));
    add('repetition', name.slice(0, i) + ch + name.slice(i));
    if (i < letters.length - 1) add('transposition', name.slice(0, i) + letters[i + 1] + ch + name.slice(i + 2));
    if ('aeiou'.includes(ch))
      for (const v of 'aeiou') if (v !== ch) add('vowel-swap', name.slice(0, i) + v + name.slice(i + 1));
    if (i > 0 && letters[i - 1] !== '-' && ch !== '-') {
      const host = `${name.slice(0, i)}.${name.slice(i)}`;
      if (host.split('.').every((part) => VALID.test(part))) (out.subdomain ??= new Set()).add(`${host}.${suffix}`);
    }
  });
  // dnstwist's way: within every window, every occurrence of a letter replaced by a glyph, and
  // the same again on each result (two rounds), ASCII look-alike glyphs included.
  for (const host of homoglyphMix(name, MAX_HOMOGLYPHS_PER_DOMAIN)) add('homoglyph', host);
  const cyrillic = letters.map((ch) => CYRILLIC[ch] ?? ch).join('');
  if (letters.every((ch) => CYRILLIC[ch] || /[0-9-]/.test(ch))) add('cyrillic', cyrillic);
  for (const word of DICTIONARY) {
    add('dictionary', name + word);
    add('dictionary', word + name);
    add('dictionary', `${name}-${word}`);
    add('dictionary', `${word}-${name}`);
  }
  add('plural', `${name}s`);
  add('plural', `${name}es`);
  add('various', `${name}com`);
  add('various', `${name}-com`);
  add('various', `www${name}`);
  add('various', `www-${name}`);
  for (const tld of TLDS) if (tld !== suffix) add('tld-swap', name, tld);
  return Object.fromEntries(Object.entries(out).map(([kind, hosts]) => [kind, [...hosts]]));
}

/**
 * Real hosts that must never warn: the popular sites the product ships as known (top-sites), and
 * held-out lists it does not ship (disposable-email-domains, email-providers).
 */
export function realHosts(): { popular: string[]; heldOut: string[] } {
  const popular = JSON.parse(readFileSync('data/top-sites/top-sites.json', 'utf8')) as string[];
  const disposable = require('disposable-email-domains/index.json') as string[];
  const providers = require('email-providers/all.json') as string[];
  return { popular, heldOut: [...new Set([...disposable, ...providers].map((h) => h.toLowerCase()))] };
}

/** Every vendor domain's permutations by kind, with the vendor each imitates, minus the vendors' own hosts. */
export function permutationCorpus(): Map<string, Array<{ host: string; vendor: Vendor }>> {
  const byKind = new Map<string, Array<{ host: string; vendor: Vendor }>>();
  for (const vendor of VENDORS) {
    for (const domain of vendor.match.domains) {
      for (const [kind, hosts] of Object.entries(permutations(domain))) {
        const list = byKind.get(kind) ?? [];
        // A permutation that is a vendor's own host (goabode.co.uk, my.adt.com) is no look-alike.
        for (const host of hosts) if (vendorForHost(host) === undefined) list.push({ host, vendor });
        byKind.set(kind, list);
      }
    }
  }
  return byKind;
}
