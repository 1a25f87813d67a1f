/**
 * The optional router check: which admin pages it looks at, which brand a page belongs to, and
 * whether a typed admin password is that brand's factory password (compared here, never kept).
 * "Not in the list" is no proof of safety: many routers print a unique password on the label.
 */
import help from './brand-help.json';
import passwords from './default-passwords.json';

export const BRANDS = passwords as Record<string, { name: string; passwords: string[] }>;

/**
 * How to change a brand's admin password, where it was found and checked (brand-help.json): the
 * brand's own guide (its help site or official support portal), else the place in the admin
 * pages as the brand's own user manual gives it. Nothing guessed: most brands have neither.
 */
export interface BrandHelp {
  url?: string;
  title?: string;
  menuPath?: string;
  /** The manual the menu path is from (a hosted copy where the brand no longer serves it). */
  manual?: { title: string; url: string; hostedCopy: boolean };
  checked: string;
}

export const BRAND_HELP = help as Record<string, BrandHelp>;

export interface HowToChange {
  /** The brand's own guide. */
  url: string | null;
  /** Where the setting is in the brand's admin pages, e.g. "ADVANCED > Administration > Set Password". */
  menuPath: string | null;
}

export function howToChange(brand: string | null): HowToChange {
  const help = brand === null ? undefined : BRAND_HELP[brand];
  return { url: help?.url ?? null, menuPath: help?.menuPath ?? null };
}

/** Common router admin hosts and the brand a hostname gives away (../shared/VENDOR-FACTS.md). */
export const ROUTER_HOSTS: Record<string, string | null> = {
  '192.168.0.1': null,
  '192.168.1.1': null,
  '192.168.50.1': 'asus',
  '10.0.0.1': null,
  'routerlogin.net': 'netgear',
  'routerlogin.com': 'netgear',
  'orbilogin.com': 'netgear',
  'mywifiext.net': 'netgear',
  'tplinkwifi.net': 'tplink',
  'tplinklogin.net': 'tplink',
  'tplinkmodem.net': 'tplink',
  'linksyssmartwifi.com': 'linksys',
  'router.asus.com': 'asus',
  'fritz.box': 'avm',
  'miwifi.com': null,
  'my.keenetic.net': null,
};

/** Match patterns for the router hosts and any the user added, over http and https. */
export function routerMatches(extraHosts: readonly string[] = []): string[] {
  return [...Object.keys(ROUTER_HOSTS), ...extraHosts].flatMap((host) => [`http://${host}/*`, `https://${host}/*`]);
}

const BRAND_WORDS: Array<[string, RegExp]> = Object.entries(BRANDS).map(([id, brand]) => [
  id,
  new RegExp(`\\b(${brand.name.split(' ')[0]!.replace(/[^\w-]/g, '')}|${id})\\b`, 'i'),
]);

/** The brand of a router admin page: from its host, else from its title and visible words. */
export function brandOf(host: string, pageText: string): string | null {
  const fromHost = ROUTER_HOSTS[host];
  if (fromHost) return fromHost;
  return BRAND_WORDS.find(([, words]) => words.test(pageText))?.[0] ?? null;
}

export function isFactoryPassword(brand: string | null, password: string): boolean {
  if (brand === null) return false;
  return BRANDS[brand]?.passwords.includes(password) ?? false;
}
