/** Vendor page patterns (`host/path*`) against a URL. */
import type { PageKind, Vendor } from './schema';

/**
 * Whether `text` matches a pattern whose only wildcard is `*` (any run of characters). Plain
 * string search: the content script compiles no regular expression per pattern at load.
 */
function globMatches(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  const first = parts[0]!;
  if (parts.length === 1) return text === first;
  const last = parts[parts.length - 1]!;
  if (!text.startsWith(first)) return false;
  let at = first.length;
  // Leftmost is enough: a later match of a middle part never leaves more room for the rest.
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return text.length - last.length >= at && text.endsWith(last);
}

/** Whether a pattern matches the URL's host, path, query and fragment (`my.arlo.com/#/login`). */
export function matchesPagePattern(pattern: string, url: URL): boolean {
  const bare = url.hostname + url.pathname;
  return globMatches(pattern, bare + url.search + url.hash) || globMatches(pattern, bare);
}

/** Every page kind whose vendor pattern matches the URL. */
export function pageKindsFromPatterns(pages: Vendor['pages'], url: URL): PageKind[] {
  return (Object.entries(pages) as Array<[PageKind, string[]]>)
    .filter(([, patterns]) => patterns.some((pattern) => matchesPagePattern(pattern, url)))
    .map(([kind]) => kind);
}
