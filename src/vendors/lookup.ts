/**
 * Hostname -> vendor. Only the id, name, hosts and page patterns of each vendor are imported
 * here, so the content script carries plain strings and not the whole knowledge base.
 */
import { hostBelongsTo } from './match-patterns';
import { pageKindsFromPatterns } from './pages';
import type { Vendor } from './schema';

export { hostBelongsTo };

export interface VendorMatch {
  id: string;
  name: string;
  match: Vendor['match'];
  /** Page patterns per page kind, for page detection in the content script. */
  pages: Vendor['pages'];
}

const ids = import.meta.glob<string>('./*.json', { eager: true, import: 'id' });
const names = import.meta.glob<string>('./*.json', { eager: true, import: 'name' });
const matches = import.meta.glob<Vendor['match']>('./*.json', { eager: true, import: 'match' });
const pages = import.meta.glob<Vendor['pages']>('./*.json', { eager: true, import: 'pages' });

/** Every vendor's id, name and hosts, in file-name order. */
export const VENDOR_MATCHES: readonly VendorMatch[] = Object.keys(ids)
  .sort()
  .map((file) => ({ id: ids[file]!, name: names[file]!, match: matches[file]!, pages: pages[file]! }));

/**
 * The vendor whose account host this is. `host` must already be a parsed hostname
 * (`location.hostname`, `new URL(..).hostname`): lower case, no port, no userinfo.
 * A trailing dot (`ring.com.`) names the same host and is accepted.
 */
export function vendorForHost(host: string, vendors: readonly VendorMatch[] = VENDOR_MATCHES): VendorMatch | undefined {
  const bare = host.endsWith('.') ? host.slice(0, -1) : host;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(bare)) return undefined; // empty labels, upper case, ports

  return vendors.find((vendor) => hostBelongsTo(bare, vendor.match));
}

/** The vendor of an https URL, or undefined for any other URL or scheme. */
export function vendorForUrl(
  url: string | undefined,
  vendors: readonly VendorMatch[] = VENDOR_MATCHES,
): VendorMatch | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const vendor = vendorForHost(parsed.hostname, vendors) ?? vendorForPlatformPage(parsed, vendors);
  const label = vendor?.match.labels?.[parsed.hostname.replace(/\.$/, '')];
  return vendor && label ? { ...vendor, name: label } : vendor;
}

/** On a shared platform host (www.amazon.com), only the vendor's own page patterns are its pages. */
function vendorForPlatformPage(url: URL, vendors: readonly VendorMatch[]): VendorMatch | undefined {
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  return vendors.find(
    (vendor) =>
      (vendor.match.platformHosts ?? []).includes(host) && pageKindsFromPatterns(vendor.pages, url).length > 0,
  );
}

/**
 * Whether a URL is one of the vendor's account pages: on one of its account hosts, or named by
 * one of its page patterns. Only these may change what HomeGuard knows of the account.
 */
export function isAccountPage(vendor: Pick<VendorMatch, 'match' | 'pages'>, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (vendor.match.accountHosts.includes(host)) return true;
  return pageKindsFromPatterns(vendor.pages, url).length > 0;
}
