/** Vendor page patterns (`host/path*`) against a URL. */
import type { PageKind, Vendor } from './schema';

const cache = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    regex = new RegExp(`^${escaped.join('.*')}$`);
    cache.set(pattern, regex);
  }
  return regex;
}

/** Whether a pattern matches the URL's host, path, query and fragment (`my.arlo.com/#/login`). */
export function matchesPagePattern(pattern: string, url: URL): boolean {
  const target = url.hostname + url.pathname + url.search + url.hash;
  const bare = url.hostname + url.pathname;
  const regex = patternRegex(pattern);
  return regex.test(target) || regex.test(bare);
}

/** Every page kind whose vendor pattern matches the URL. */
export function pageKindsFromPatterns(pages: Vendor['pages'], url: URL): PageKind[] {
  return (Object.entries(pages) as Array<[PageKind, string[]]>)
    .filter(([, patterns]) => patterns.some((pattern) => matchesPagePattern(pattern, url)))
    .map(([kind]) => kind);
}
