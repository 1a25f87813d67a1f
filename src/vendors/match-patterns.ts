/** The browser match patterns the vendor database asks for, and which of them cover which. */

type Hosts = { match: { domains: string[]; hosts: string[]; platformHosts?: string[] } };

/** True when `host` is exactly a listed host, or a listed registrable domain or one of its subdomains. */
export function hostBelongsTo(host: string, match: Pick<Hosts['match'], 'domains' | 'hosts'>): boolean {
  if (match.hosts.includes(host)) return true;
  return match.domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * https match patterns for every vendor host: `*.domain` also matches the domain itself. A
 * platform host needs its whole host's access for the content script to run on its pages there.
 */
export function matchPatterns(vendors: readonly Hosts[]): string[] {
  return withoutCovered(
    vendors.flatMap((vendor) => [
      ...vendor.match.domains.map((domain) => `https://*.${domain}/*`),
      ...vendor.match.hosts.map((host) => `https://${host}/*`),
      ...(vendor.match.platformHosts ?? []).map((host) => `https://${host}/*`),
    ]),
  );
}

/** The match pattern that covers a page pattern (`my.arlo.com/#/login*` -> `https://my.arlo.com/*`). */
export function pagePatternMatch(pattern: string): string {
  const slash = pattern.indexOf('/');
  const path = pattern.slice(slash).split(/[*?#]/)[0]!;
  return `https://${pattern.slice(0, slash)}${path}*`;
}

/**
 * Where the content script runs: the vendors' account hosts and the pages their patterns name.
 * Other vendor pages (forums, shops) get no content script; the host permissions still cover them
 * so the popup can tell whose site a tab is.
 */
export function accountMatchPatterns(
  vendors: ReadonlyArray<{ match: { accountHosts: string[] }; pages: Partial<Record<string, string[]>> }>,
): string[] {
  return withoutCovered(
    vendors.flatMap((vendor) => [
      ...vendor.match.accountHosts.map((host) => `https://${host}/*`),
      ...Object.values(vendor.pages).flatMap((list) => (list ?? []).map(pagePatternMatch)),
    ]),
  );
}

function parts(pattern: string): { scheme: string; host: string; path: string } {
  const match = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) throw new Error(`not a match pattern: ${pattern}`);
  return { scheme: match[1]!, host: match[2]!, path: match[3]! };
}

/** Whether every URL `inner` matches is matched by `outer` too (for the patterns built here). */
export function patternCovers(outer: string, inner: string): boolean {
  const a = parts(outer);
  const b = parts(inner);
  if (a.scheme !== b.scheme && a.scheme !== '*') return false;
  const bHost = b.host.startsWith('*.') ? b.host.slice(2) : b.host;
  const hostOk =
    a.host === '*' ||
    a.host === b.host ||
    (a.host.startsWith('*.') && (bHost === a.host.slice(2) || bHost.endsWith(a.host.slice(1))));
  if (!hostOk) return false;
  const prefix = a.path.endsWith('*') ? a.path.slice(0, -1) : a.path;
  return a.path.endsWith('*') ? b.path.startsWith(prefix) : a.path === b.path;
}

/** Sorted, without duplicates and without a pattern another one in the list already covers. */
export function withoutCovered(patterns: readonly string[]): string[] {
  const unique = [...new Set(patterns)].sort();
  return unique.filter((p) => !unique.some((other) => other !== p && patternCovers(other, p)));
}
