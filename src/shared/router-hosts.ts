/**
 * Where the optional router check looks: the common router admin addresses, and the host patterns
 * it asks the browser for. Kept apart from the password data so the settings page can use it alone.
 */

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

/** Whether the host is a router's in every browser: listed here, or a private or local name. */
export function isRouterHost(host: string, userHosts: readonly string[]): boolean {
  return Object.hasOwn(ROUTER_HOSTS, host) || (userHosts.includes(host) && isAllowedRouterHost(host));
}

/**
 * Hosts a user may add to the router check: private IPv4 addresses (RFC 1918), `.local`, `.lan`
 * and `.home.arpa` names (RFC 8375), and the router makers' own admin domains listed above.
 * Anything else would let the router check (and its access) reach ordinary websites.
 */
export function isAllowedRouterHost(host: string): boolean {
  if (Object.hasOwn(ROUTER_HOSTS, host)) return true;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (ipv4) {
    const [a, b, c, d] = ipv4.slice(1).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((part) => part > 255)) return false;
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  return /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(local|lan|home\.arpa)$/.test(host);
}
