/**
 * Look-alike login pages: a host that is not a vendor's but imitates one (a typo, swapped or
 * homoglyph letters, punycode, the vendor's name next to "login"/"secure"/"account" on another
 * domain, or a page that calls itself the vendor's login). Pure; judges arbitrary hosts with the
 * Public Suffix List (tldts), so it runs in the background only.
 */
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { VENDOR_MATCHES, vendorForHost, type VendorMatch } from '../vendors/lookup';

export interface LookalikeSignals {
  host: string;
  /** The page's title, and the alt texts of its images, lower-cased by the caller or not. */
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

const KEYWORDS =
  /^(login|log|signin|sign|secure|security|account|accounts|verify|verification|auth|support|help|update|portal|my|app|web|online|official|service|id)$/;
const PAGE_LOGIN = /log\s?in|sign\s?in|password|verify|account/i;

/** Latin letters that other scripts and digits pass for. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ɡ: 'g',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ö: 'o',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  õ: 'o',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  á: 'a',
  à: 'a',
  â: 'a',
  ä: 'a',
  ã: 'a',
  å: 'a',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ÿ: 'y',
  ñ: 'n',
  ç: 'c',
  ŵ: 'w',
  ź: 'z',
  ż: 'z',
  ž: 'z',
  š: 's',
  ś: 's',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
};

/** RFC 3492 punycode decoding of one `xn--` label; undefined when it is not valid punycode. */
export function decodePunycodeLabel(label: string): string | undefined {
  if (!label.startsWith('xn--')) return label;
  const input = label.slice(4);
  const base = 36;
  const [tMin, tMax, skew, damp] = [1, 26, 38, 700];
  const cut = input.lastIndexOf('-');
  const output = cut > 0 ? [...input.slice(0, cut)] : [];
  let [n, bias, i] = [128, 72, 0];
  const adapt = (delta: number, points: number, first: boolean) => {
    delta = first ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / points);
    let k = 0;
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length;) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (pos >= input.length) return undefined;
      const code = input.charCodeAt(pos++);
      const digit = code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : base;
      if (digit >= base) return undefined;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    output.splice(i++, 0, String.fromCodePoint(n));
  }
  return output.join('');
}

/** The letters a label looks like: homoglyphs and digits folded to Latin, "rn" to "m", "vv" to "w". */
export function skeleton(label: string): string {
  const decoded = label
    .split('.')
    .map((part) => decodePunycodeLabel(part) ?? part)
    .join('.');
  return [...decoded.toLowerCase()]
    .map((ch) => CONFUSABLES[ch] ?? ch)
    .join('')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^a-z.-]/g, '');
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbouring letters costs 1, as a typo does.
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The names a look-alike would copy: the labels of the domains the vendor owns ("ring",
 * "philips-hue"), and of the hosts it has on a parent company's domain ("amazon" for Alexa),
 * which only count when spelled with homoglyphs (the parent's own sites are not look-alikes).
 */
function vendorNames(vendor: VendorMatch): Array<{ name: string; owned: boolean }> {
  const owned = vendor.match.domains.map((d) => getDomainWithoutSuffix(d) ?? d);
  const parent = vendor.match.hosts.map((h) => getDomainWithoutSuffix(h) ?? h);
  return [...new Set(owned)]
    .map((name) => ({ name, owned: true }))
    .concat([...new Set(parent)].filter((n) => !owned.includes(n)).map((name) => ({ name, owned: false })));
}

function realHostOf(vendor: VendorMatch): string {
  return vendor.match.domains[0] ?? vendor.match.hosts[0] ?? '';
}

function verdict(vendor: VendorMatch, reason: LookalikeVerdict['reason']): LookalikeVerdict {
  return { vendorId: vendor.id, vendorName: vendor.name, realHost: realHostOf(vendor), reason };
}

function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

export function checkLookalike(
  signals: LookalikeSignals,
  vendors: readonly VendorMatch[] = VENDOR_MATCHES,
): LookalikeVerdict | null {
  const host = signals.host.toLowerCase().replace(/\.$/, '');
  if (vendorForHost(host, vendors) !== undefined) return null; // the real thing
  const domain = getDomain(host) ?? host;
  // The vendor's own organisation (www.amazon.com for Alexa, samsung.com for SmartThings).
  const own = vendors.flatMap((v) => [...v.match.domains, ...v.match.hosts].map((h) => getDomain(h) ?? h));
  if (own.includes(domain)) return null;
  const label = getDomainWithoutSuffix(host) ?? domain;
  const folded = skeleton(label);
  const tokens = skeleton(host).split(/[.-]+/).filter(Boolean);

  for (const vendor of vendors.filter((v) => v.match.domains.length + v.match.hosts.length > 0)) {
    for (const { name, owned } of vendorNames(vendor)) {
      if (name.length < 4) continue; // "ui", "adt": too short to judge by spelling alone
      // Homoglyphs, punycode and digit swaps that spell the vendor's name exactly.
      if (folded === skeleton(name) && label !== name) return verdict(vendor, 'homoglyph');
      if (!owned) continue;
      // One typo away (or two neighbouring letters swapped), for names long enough to tell.
      const distance = editDistance(label, name);
      if (label !== name && name.length >= 5 && (distance === 1 || swapsNeighbours(label, name)))
        return verdict(vendor, 'typo');
      if (label !== name && name.length >= 9 && distance === 2) return verdict(vendor, 'typo');
      // The vendor's name as a word of another domain, next to a login word, or the vendor's
      // whole domain inside another one (ring-login.com, secure-arlo.net, ring.com.evil.io).
      const asWord = new RegExp(`(^|[.-])${name.replace(/[.-]/g, '[.-]')}([.-]|$)`);
      const named = asWord.test(host) || asWord.test(skeleton(host));
      const withKeyword = tokens.some((t) => KEYWORDS.test(t));
      const embedsRealDomain = vendor.match.domains.some((d) => host.includes(`${d}.`) || host.includes(`${d}-`));
      if ((named && (withKeyword || label.startsWith(name) || label.endsWith(name))) || embedsRealDomain) {
        return verdict(vendor, 'name-and-keyword');
      }
    }
  }
  // The page says it is a vendor's login while the host is not the vendor's.
  const claims = [signals.title ?? '', ...(signals.logoAlts ?? [])].join(' ');
  if (PAGE_LOGIN.test(claims)) {
    for (const vendor of vendors) {
      if (vendor.name.length >= 4 && new RegExp(`\\b${vendor.name.replace(/[^\w ]/g, '')}\\b`, 'i').test(claims)) {
        return verdict(vendor, 'page-claims-vendor');
      }
    }
  }
  return null;
}
