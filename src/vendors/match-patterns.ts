/** https match patterns for every vendor host: `*.domain` also matches the domain itself. */
export function matchPatterns(vendors: ReadonlyArray<{ match: { domains: string[]; hosts: string[] } }>): string[] {
  const patterns = vendors.flatMap((vendor) => [
    ...vendor.match.domains.map((domain) => `https://*.${domain}/*`),
    ...vendor.match.hosts.map((host) => `https://${host}/*`),
  ]);
  return [...new Set(patterns)].sort();
}
