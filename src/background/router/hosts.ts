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
