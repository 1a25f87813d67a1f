/** https match patterns for every vendor host: `*.domain` also matches the domain itself. */
export function matchPatterns(vendors: ReadonlyArray<{ match: { domains: string[]; hosts: string[] } }>): string[] {
  const patterns = vendors.flatMap((vendor) => [
    ...vendor.match.domains.map((domain) => `https://*.${domain}/*`),
    ...vendor.match.hosts.map((host) => `https://${host}/*`),
  ]);
  return [...new Set(patterns)].sort();
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
  const patterns = vendors.flatMap((vendor) => [
    ...vendor.match.accountHosts.map((host) => `https://${host}/*`),
    ...Object.values(vendor.pages).flatMap((list) => (list ?? []).map(pagePatternMatch)),
  ]);
  return [...new Set(patterns)].sort();
}
