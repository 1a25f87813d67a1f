/**
 * Look-alike login pages: a host that is not a vendor's but imitates one — the vendor's name
 * spelled with homoglyphs or a typo, on another top-level domain, split by a dot, glued to words
 * like "login" or "secure", the vendor's whole domain inside another, or a page that calls
 * itself the vendor's login. Pure; it judges arbitrary hosts with the Public Suffix List (tldts),
 * so it runs in the background only. Names are compared by their skeletons (skeleton.ts), label
 * boundaries respected everywhere (chedraui.com.mx is not ui.com).
 */
import loadTldts from './tldts-library.cjs';
import TOP_SITES from '../../../data/top-sites/top-sites.json';
import { VENDOR_MATCHES, vendorForHost, type VendorMatch } from '../../vendors/lookup';
import { decodeLabel, skeleton, skeletonVariants, UNKNOWN_GLYPH } from './skeleton';

let tldts: ReturnType<typeof loadTldts> | undefined;
/** The host's parts by the Public Suffix List (tldts is loaded on the first call: tldts-library.cjs). */
const parse = (host: string) => (tldts ??= loadTldts()).parse(host);

export interface LookalikeSignals {
  host: string;
  /** The page's title, and the alt texts of its images. */
  title?: string;
  logoAlts?: string[];
  /** Where the password form posts to. */
  formAction?: string;
}

export interface LookalikeVerdict {
  vendorId: string;
  vendorName: string;
  /** The vendor's real site, to name in the warning. */
  realHost: string;
  reason: 'typo' | 'homoglyph' | 'name-and-keyword' | 'page-claims-vendor';
}

/** Words phishing domains put next to a brand (dnstwist's and phishing feeds' usual ones). */
const KEYWORDS = [
  'login',
  'log',
  'logon',
  'signin',
  'sign',
  'secure',
  'security',
  'account',
  'accounts',
  'verify',
  'verification',
  'auth',
  'support',
  'help',
  'update',
  'portal',
  'my',
  'app',
  'apps',
  'web',
  'online',
  'official',
  'service',
  'services',
  'id',
  'access',
  'center',
  'centre',
  'user',
  'users',
  'home',
  'cloud',
  'cam',
  'cams',
  'camera',
  'store',
  'shop',
  'pay',
  'billing',
  'mail',
  'www',
  'com',
  'net',
  'org',
  'info',
  'live',
  'connect',
  'alert',
  'alerts',
  'check',
  'confirm',
  'recovery',
  'reset',
  'customer',
  'client',
  'manage',
  'setup',
  'device',
  'devices',
  'go',
  'get',
  'new',
  'us',
  'uk',
];

interface Keywords {
  set: ReadonlySet<string>;
  /** Alternations for the glued-name patterns. */
  words: string;
  strong: string;
}

/**
 * The keywords compared as skeletons, like the names they stand next to ("login" is "logln").
 * Built with the check, not when the worker starts: the first skeletons load Unicode's tables.
 */
function keywordTables(): Keywords {
  const set = new Set(KEYWORDS.map(skeleton));
  // Short names count only with the words of sign-in pages.
  const strong = `(?:${['login', 'logon', 'signin', 'secure', 'security', 'account', 'accounts', 'verify', 'verification', 'auth', 'support', 'update', 'portal', 'my', 'app', 'online', 'official', 'access', 'recovery', 'reset', 'confirm', 'www', 'com'].map(skeleton).join('|')})`;
  return { set, words: `(?:${[...set].join('|')})`, strong };
}
const PAGE_LOGIN = /log\s?in|sign\s?in|password|verify|account/i;

interface VendorName {
  vendor: VendorMatch;
  /** The name as it is spelled in the vendor's domain ("ring", "philips-hue"). */
  name: string;
  skeleton: string;
  /** Names on a parent company's domain (amazon for alexa.amazon.com) count for homoglyphs only. */
  owned: boolean;
  /** The name glued to keywords, e.g. ringlogin, securering, ring-com. */
  glued: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function namesOf(vendors: readonly VendorMatch[], keywords: Keywords): VendorName[] {
  const out: VendorName[] = [];
  for (const vendor of vendors) {
    const owned = vendor.match.domains.map((d) => parse(d).domainWithoutSuffix ?? d);
    const parent = vendor.match.hosts.map((h) => parse(h).domainWithoutSuffix ?? h).filter((n) => !owned.includes(n));
    for (const [names, isOwned] of [
      [owned, true],
      [parent, false],
    ] as const) {
      for (const name of new Set(names)) {
        const core = escape(skeleton(name).replace(/-/g, ''));
        // Two-letter names (ui) only with a hyphen; longer ones glued or hyphenated. Short names
        // only with the words of sign-in pages (mailnest.net is a mail service, not Nest).
        const join = name.length <= 2 ? '-' : '-?';
        const words = name.length <= 4 ? keywords.strong : keywords.words;
        const glued = new RegExp(`^(?:${words}${join})*${core}(?:${join}${words})*$`);
        out.push({ vendor, name, skeleton: skeleton(name), owned: isOwned, glued });
      }
    }
  }
  return out;
}

/**
 * Letters that pass for each other in many fonts (dnstwist's ASCII glyphs): swapping one for the
 * other costs half an edit, so two such swaps are one typo. So does a character Unicode's data
 * does not know (UNKNOWN_GLYPH) in place of a letter: in a Latin name it is there to look like one.
 */
const SIMILAR = new Set(['bd', 'db', 'ce', 'ec', 'gq', 'qg', 'uv', 'vu', 'mn', 'nm', 'nr', 'rn']);

/** qwerty, qwertz and azerty rows: a typo's wrong key is usually next to the right one. */
const KEY_ROWS = [
  ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];
const NEAR_KEYS = new Set<string>();
for (const rows of KEY_ROWS) {
  rows.forEach((row, r) =>
    [...row].forEach((key, c) => {
      for (const [dr, dc] of [
        [-1, 0],
        [-1, 1],
        [0, -1],
        [0, 1],
        [1, -1],
        [1, 0],
      ] as const) {
        const other = rows[r + dr]?.[c + dc];
        if (other) NEAR_KEYS.add(key + other).add(other + key);
      }
    }),
  );
}
const VOWELS = /^[aeiouy]{2}$/;

/**
 * One letter in place of another: half for look-alikes, one for what typos and squatters make
 * (a neighbouring key, a vowel for a vowel, one flipped bit, a digit), more for any other letter,
 * so a real name that differs in one unrelated letter (xiaoai, not xiaomi) stays apart.
 */
function insertionCost(added: string, before: string, after: string | undefined): number {
  const near = (key: string | undefined) => key !== undefined && (key === added || NEAR_KEYS.has(added + key));
  return near(before) || near(after) || added < 'a' || added > 'z' ? 1 : 1.25;
}

function rawSubstitutionCost(x: string, y: string): number {
  if (SIMILAR.has(x + y) || x === UNKNOWN_GLYPH || y === UNKNOWN_GLYPH) return 0.5;
  const oneBit = (n: number) => n !== 0 && (n & (n - 1)) === 0;
  const ordinary =
    NEAR_KEYS.has(x + y) ||
    VOWELS.test(x + y) ||
    /[0-9-]/.test(x + y) ||
    oneBit(x.charCodeAt(0) ^ y.charCodeAt(0)) ||
    !/^[a-z]{2}$/.test(x + y);
  return ordinary ? 1 : 1.25;
}

/** The distance's inner loop asks for the same few hundred pairs again and again: worked out once each. */
const substitutionCosts = new Map<string, number>();
function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  const pair = x + y;
  let cost = substitutionCosts.get(pair);
  if (cost === undefined) substitutionCosts.set(pair, (cost = rawSubstitutionCost(x, y)));
  return cost;
}

/**
 * Damerau–Levenshtein distance from a label `a` to a name `b` (adjacent swaps cost one,
 * look-alike letters and the label's unknown glyphs half), stopping once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1]!;
      const y = b[j - 1]!;
      const cost = substitutionCost(x, y);
      // An unknown character added counts half too (goal·bode for goabode); an unrelated letter
      // inside the name more than a slip of the finger (abovde is not abode), at its end one.
      const extra = x === UNKNOWN_GLYPH ? 0.5 : j === b.length ? 1 : insertionCost(x, b[j - 1]!, b[j]);
      let value = Math.min(previous[j]! + extra, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * For four-letter names only the typos that real words rarely make: two letters swapped, a
 * letter doubled, or a digit or hyphen added (bing.com, fing.com and waze.com are real sites
 * one ordinary edit away from ring and wyze).
 */
function shortNameTypo(label: string, name: string): boolean {
  if (label.length === name.length) {
    const diff = [...label].flatMap((ch, i) => (ch === name[i] ? [] : [i]));
    return (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      label[diff[0]!] === name[diff[1]!] &&
      label[diff[1]!] === name[diff[0]!]
    );
  }
  if (label.length !== name.length + 1) return false;
  for (let i = 0; i < label.length; i++) {
    if (label.slice(0, i) + label.slice(i + 1) !== name) continue;
    const added = label[i]!;
    if (/[0-9-]/.test(added) || added === label[i - 1] || added === label[i + 1]) return true;
  }
  return false;
}

function typo(label: string, name: VendorName, international: boolean): boolean {
  const n = name.skeleton;
  if (label === n) return false;
  // Short names (ui, adt) only in an international label, one look-alike character away.
  if (n.length < 4) return international && editDistance(label, n, 1) <= 0.5;
  // Four letters: the safe typos, or one look-alike letter (rinq, loqi), never an ordinary edit.
  if (n.length === 4) return shortNameTypo(label, n) || editDistance(label, n, 1) <= 0.5;
  // The name with "s" or "es": ecobees, goabodees.
  if (label === `${n}s` || label === `${n}es`) return true;
  // An international label imitating a name of six letters or more may mix in a second glyph.
  // Two edits only for long names, and not two letters dropped (i-connect is not hik-connect).
  const budget = n.length >= 9 && label.length >= n.length - 1 ? 2 : international && n.length >= 6 ? 1.5 : 1;
  return editDistance(label, n, 2) <= budget;
}

function verdict(vendor: VendorMatch, reason: LookalikeVerdict['reason']): LookalikeVerdict {
  const realHost = vendor.match.domains[0] ?? vendor.match.hosts[0] ?? '';
  return { vendorId: vendor.id, vendorName: vendor.name, realHost, reason };
}

/** Lower-case words of a text with accents and punctuation gone ("TP-Link | Log In" -> tp, link, log, in). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The ways a page may name the vendor: its name's parts and its domains' names, without punctuation. */
function brandsOf(vendor: VendorMatch): string[] {
  const parts = vendor.name.split(/[()/,]|\s+-\s+/).map((part) => words(part).join(''));
  const domains = [...vendor.match.domains, ...vendor.match.hosts].map((d) =>
    words(parse(d).domainWithoutSuffix ?? d).join(''),
  );
  return [...new Set([...parts, ...domains])].filter((brand) => brand.length >= 2);
}

export function createLookalikeCheck(vendors: readonly VendorMatch[] = VENDOR_MATCHES) {
  const live = vendors.filter((v) => v.match.domains.length + v.match.hosts.length > 0);
  const keywords = keywordTables();
  const names = namesOf(live, keywords);
  // The vendors' own organisations (www.amazon.com for Alexa, samsung.com for SmartThings).
  const own = new Set(live.flatMap((v) => [...v.match.domains, ...v.match.hosts].map((h) => parse(h).domain ?? h)));
  // The web's most linked-to sites are no look-alikes, whatever they are near (adobe.com and
  // goabode), as browsers keep a list of popular domains for their own look-alike warnings.
  const popular = new Set((TOP_SITES as string[]).map((h) => parse(h).domain ?? h));
  const realDomains = live.flatMap((vendor) =>
    vendor.match.domains.map((domain) => ({ vendor, pattern: new RegExp(`(^|\\.)${escape(domain)}[.-]`) })),
  );
  const brands = live.map((vendor) => ({ vendor, brands: brandsOf(vendor) }));

  return function checkLookalike(signals: LookalikeSignals): LookalikeVerdict | null {
    const host = signals.host.toLowerCase().replace(/\.$/, '');
    if (vendorForHost(host, vendors) !== undefined) return null; // the real thing
    const parsed = parse(host);
    const domain = parsed.domain ?? host;
    if (own.has(domain) || popular.has(domain)) return null;
    const label = parsed.domainWithoutSuffix ?? domain;
    const decoded = decodeLabel(label);
    const international = /[^ -~]/.test(decoded);
    const shapes = skeletonVariants(decoded);
    const folded = shapes[0]!;
    const bare = folded.replace(/-/g, '');
    const subdomains = (parsed.subdomain ?? '').split('.').filter(Boolean);
    // A dot put inside the name: ec.obee.com, hi.vehome.com.
    const split = subdomains.length > 0 ? skeleton(decodeLabel(subdomains.at(-1)!)) + folded : null;
    // The words of the host before its public suffix (".com" is no keyword next to a name).
    const tokens = [...subdomains, label].flatMap((part) => part.split('-')).map((t) => skeleton(decodeLabel(t)));

    for (const name of names) {
      if (shapes.includes(name.skeleton)) {
        // Spelled with homoglyphs, or the exact name on another top-level domain.
        // Two ASCII letters look like too many real names (ml.org for mi.com): only in an international label.
        if (decoded !== name.name && name.name.length < 3 && !international) continue;
        if (decoded !== name.name) return verdict(name.vendor, 'homoglyph');
        if (name.owned && name.name.length >= 4) return verdict(name.vendor, 'typo');
        continue;
      }
      if (!name.owned) continue;
      if (shapes.some((shape) => typo(shape, name, international)))
        return verdict(name.vendor, international ? 'homoglyph' : 'typo');
      if (bare !== folded && bare === name.skeleton.replace(/-/g, '')) return verdict(name.vendor, 'typo');
      if (split !== null && name.name.length >= 4 && split.replace(/-/g, '') === name.skeleton.replace(/-/g, '')) {
        return verdict(name.vendor, 'typo');
      }
      if (name.name.length >= 3 && name.glued.test(bare)) return verdict(name.vendor, 'name-and-keyword');
      // The name as a word of the host next to a keyword: login.ring.evil.io, ring-secure.support.
      const at = tokens.indexOf(name.skeleton);
      if (at >= 0 && name.name.length >= 3 && tokens.some((t, i) => i !== at && keywords.set.has(t))) {
        return verdict(name.vendor, 'name-and-keyword');
      }
    }
    // The vendor's whole domain at a label boundary inside another: ring.com.evil.io, ring.com-account.net.
    for (const { vendor, pattern } of realDomains) if (pattern.test(host)) return verdict(vendor, 'name-and-keyword');

    // The page says it is a vendor's login while the host is not the vendor's.
    const claims = [signals.title ?? '', ...(signals.logoAlts ?? [])].join(' ');
    if (PAGE_LOGIN.test(claims)) {
      const said = words(claims);
      const pairs = said.slice(1).map((w, i) => said[i]! + w); // "tp" + "link"
      const seen = new Set([...said, ...pairs]);
      for (const { vendor, brands: forms } of brands) {
        if (forms.some((brand) => seen.has(brand))) return verdict(vendor, 'page-claims-vendor');
      }
    }
    return null;
  };
}

let overVendors: ReturnType<typeof createLookalikeCheck> | undefined;

/**
 * The check over the product's vendors, built on its first call (not when the worker starts:
 * reading the popular sites and the vendors' names takes a few milliseconds, needed only here).
 */
export function checkLookalike(signals: LookalikeSignals): LookalikeVerdict | null {
  overVendors ??= createLookalikeCheck();
  return overVendors(signals);
}
