/**
 * Which vendor hosts HomeGuard holds from install and which it must ask the user for. An update
 * that adds required host access makes Chrome disable the extension until the user accepts again,
 * and Firefox never shows it; so the required hosts are frozen at the first release's
 * (release/required-hosts.json) and a vendor or page added since ships as optional access, offered
 * in the popup and registered as a content script once granted.
 */
import firstRelease from '../../release/required-hosts.json' with { type: 'json' };
import { accountMatchPatterns, matchPatterns, patternCovers } from './match-patterns.ts';

/** The host patterns every installed copy already holds. */
export const INSTALL_HOSTS: readonly string[] = firstRelease.hostPermissions;

export function heldFromInstall(pattern: string, installHosts: readonly string[] = INSTALL_HOSTS): boolean {
  return installHosts.some((held) => patternCovers(held, pattern));
}

type VendorHosts = Parameters<typeof matchPatterns>[0][number] &
  Parameters<typeof accountMatchPatterns>[0][number] & { id: string; name: string };

/** What a vendor needs beyond the install-time access: hosts to ask for, pages to run on. */
export interface OptionalAccess {
  vendorId: string;
  vendorName: string;
  /** Host patterns to ask the browser for. */
  origins: string[];
  /** The same as hosts a person reads: "vivint.com", "www.amazon.com". */
  hosts: string[];
  /** Where the content script is registered once they are granted. */
  matches: string[];
}

/** A host pattern as a person reads it: `https://*.vivint.com/*` -> `vivint.com`. */
export function readableHost(origin: string): string {
  return origin
    .replace(/^[a-z*]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^\*\./, '');
}

export function optionalAccess(
  vendor: VendorHosts,
  installHosts: readonly string[] = INSTALL_HOSTS,
): OptionalAccess | undefined {
  const origins = matchPatterns([vendor]).filter((p) => !heldFromInstall(p, installHosts));
  const matches = accountMatchPatterns([vendor]).filter((p) => !heldFromInstall(p, installHosts));
  if (origins.length === 0 && matches.length === 0) return undefined;
  const hosts = [...new Set(origins.map(readableHost))];
  return { vendorId: vendor.id, vendorName: vendor.name, origins, hosts, matches };
}

/** The manifest's host access split into what is held from install and what is optional. */
export function splitHostAccess(vendors: readonly VendorHosts[], installHosts: readonly string[] = INSTALL_HOSTS) {
  const held = (p: string) => heldFromInstall(p, installHosts);
  return {
    required: matchPatterns(vendors).filter(held),
    contentScriptMatches: accountMatchPatterns(vendors).filter(held),
    optional: vendors.flatMap((v) => optionalAccess(v, installHosts) ?? []),
  };
}
