/**
 * The optional router check: which admin pages it looks at, which brand a page belongs to, and
 * whether a typed admin password is that brand's factory password (compared here, never kept).
 * "Not in the list" is no proof of safety: many routers print a unique password on the label.
 */
import help from './brand-help.json';
import passwords from './default-passwords.json';

export const BRANDS = passwords as Record<string, { name: string; passwords: string[] }>;

/**
 * The brand's own guide to changing the admin password, where one was found and checked
 * (brand-help.json: the brand's help site, or its official support portal); no guessed links.
 */
export const BRAND_HELP = help as Record<string, { url: string; title: string; checked: string }>;

export function helpUrlOf(brand: string | null): string | null {
  return brand === null ? null : (BRAND_HELP[brand]?.url ?? null);
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
