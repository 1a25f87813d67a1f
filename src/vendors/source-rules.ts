/**
 * The rules across a vendor file's fields that its schema cannot state alone (docs/vendor-data.md):
 * which kinds of source each field may rest on, that a `vendor` source is on the vendor's own
 * help domains, that a step links only to the vendor's own sites, that no source is an article
 * copy or an SEO site, that no fact was checked in the future, and that the file claims only hosts
 * the vendor owns (never a whole shared platform such as amazon.com). Pure: the tests run it over
 * every file, and the build refuses a file it finds fault with.
 */
import { getDomain } from 'tldts';
import { hostBelongsTo } from './match-patterns';
import type { Fact, Place, Provenance, SourceTier, Vendor } from './schema';

/** Which tiers may carry which field. */
const STEPS: readonly SourceTier[] = ['vendor'];
export const FIELD_TIERS: Record<string, readonly SourceTier[]> = {
  'twoFactor.methods': ['vendor', 'directory'],
  'twoFactor.documentation': ['vendor', 'directory'],
  'twoFactor.passkeys': ['vendor', 'directory'],
  'twoFactor.mandatory': ['vendor', 'regulator'],
  appOnly: STEPS,
  places: STEPS,
  integrations: STEPS,
  privacySettings: STEPS,
  automation: STEPS,
  firmware: STEPS,
  incidents: ['regulator', 'researcher', 'vendor', 'press'],
};

/**
 * Sites that copy other people's articles, aggregate or farm search traffic: never a source.
 * (Seen cited in earlier versions of the database; the list grows as reviews find more.)
 */
export const WEAK_SOURCES = [
  'teknojava.com',
  'homesecuritysystemsite.com',
  'ourshadowcabinet.com',
  'scos.co.uk',
  's3semi.com',
  'einpresswire.com',
  'cybersecurefox.com',
  'technadu.com',
  'blackboxsecurity.org',
  'koddos.net',
  'pocket-lint.com',
  'techspot.com',
  'trustedreviews.com',
  'nesaus.org',
  'subscriptioninsider.com',
  'securitytoday.com',
];

/** Home-automation projects whose own documentation may be cited for an automation note. */
export const INTEGRATION_PROJECT_DOMAINS = ['home-assistant.io', 'homebridge.io', 'github.com'];

/** The 2FA Directory and Passkeys Directory repositories (their entries' source URLs). */
const DIRECTORY_SOURCE = /^https:\/\/github\.com\/2factorauth\/(twofactorauth|passkeys)\/blob\/[0-9a-f]{7,40}\//;

export interface Problem {
  field: string;
  message: string;
}

function domainOf(url: string): string {
  const host = new URL(url).hostname;
  return getDomain(host) ?? host;
}

function domainOfHost(host: string): string {
  return getDomain(host) ?? host;
}

/** Every sourced thing in a vendor file, with its field path and the tier rule that applies. */
function provenances(vendor: Vendor): Array<{ field: string; rule: string; item: Provenance }> {
  const out: Array<{ field: string; rule: string; item: Provenance }> = [];
  const add = (field: string, rule: string, value: unknown) => {
    if (typeof value === 'object' && value !== null && 'source' in value)
      out.push({ field, rule, item: value as Provenance });
  };
  add('appOnly', 'appOnly', vendor.appOnly);
  for (const key of ['methods', 'mandatory', 'passkeys', 'documentation'] as const) {
    add(`twoFactor.${key}`, `twoFactor.${key}`, vendor.twoFactor[key]);
  }
  for (const [kind, place] of Object.entries(vendor.places)) add(`places.${kind}`, 'places', place);
  add('integrations', 'integrations', vendor.integrations);
  if (Array.isArray(vendor.privacySettings)) {
    vendor.privacySettings.forEach((setting, i) => add(`privacySettings.${i}`, 'privacySettings', setting));
  }
  vendor.automation.forEach((note, i) => add(`automation.${i}`, 'automation', note));
  add('firmware', 'firmware', vendor.firmware);
  vendor.incidents.forEach((incident, i) => add(`incidents.${i}`, 'incidents', incident));
  return out;
}

/** The places a step can send a user to, each with its field path. */
function stepUrls(vendor: Vendor): Array<{ field: string; url: string }> {
  const out: Array<{ field: string; url: string }> = [];
  const placeUrl = (field: string, fact: Fact<Place> | Place) => {
    const place = 'value' in fact ? fact.value : 'unknown' in fact ? undefined : fact;
    if (place && 'url' in place && place.url) out.push({ field, url: place.url });
  };
  for (const [kind, place] of Object.entries(vendor.places)) placeUrl(`places.${kind}`, place);
  if (Array.isArray(vendor.privacySettings)) {
    vendor.privacySettings.forEach((setting, i) => placeUrl(`privacySettings.${i}.where`, setting.where));
  }
  return out;
}

/**
 * Domains shared by a platform's many services: a vendor may have a host there (alexa.amazon.com)
 * or page patterns with a path on a platform host (www.amazon.com/ap/signin*), never the whole
 * domain or its main host.
 */
export const PLATFORM_DOMAINS = [
  'amazon.com',
  'amazon.co.uk',
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.ca',
  'amazon.com.au',
  'amazon.co.jp',
  'amazon.in',
  'google.com',
  'apple.com',
  'icloud.com',
  'samsung.com',
  'microsoft.com',
  'live.com',
];

const isPlatformRoot = (host: string) => PLATFORM_DOMAINS.some((d) => host === d || host === `www.${d}`);

/** Hosts the file claims: none a whole platform, page patterns only on the vendor's own hosts. */
export function hostProblems(vendor: Vendor): Problem[] {
  const problems: Problem[] = [];
  const platformHosts = vendor.match.platformHosts ?? [];
  const ownHost = (host: string) => hostBelongsTo(host, vendor.match) || platformHosts.includes(host);
  for (const key of ['domains', 'hosts', 'accountHosts'] as const) {
    for (const host of vendor.match[key]) {
      if (isPlatformRoot(host) || (key === 'domains' && PLATFORM_DOMAINS.includes(getDomain(host) ?? host))) {
        problems.push({
          field: `match.${key}`,
          message: `${host} is a whole shared platform: list its account pages as page patterns on match.platformHosts`,
        });
      }
    }
  }
  for (const host of platformHosts) {
    if (!PLATFORM_DOMAINS.includes(getDomain(host) ?? host)) {
      problems.push({ field: 'match.platformHosts', message: `${host} is not on a shared platform's domain` });
    }
  }
  for (const host of Object.keys(vendor.match.labels ?? {})) {
    if (!ownHost(host)) problems.push({ field: 'match.labels', message: `${host} is not one of the vendor's hosts` });
  }
  for (const host of vendor.match.accountHosts) {
    if (!ownHost(host))
      problems.push({ field: 'match.accountHosts', message: `${host} is not one of the vendor's hosts` });
  }
  for (const [kind, patterns] of Object.entries(vendor.pages)) {
    for (const pattern of patterns ?? []) {
      const host = pattern.slice(0, pattern.indexOf('/'));
      const path = pattern.slice(pattern.indexOf('/'));
      if (!ownHost(host)) problems.push({ field: `pages.${kind}`, message: `${pattern} is not on the vendor's hosts` });
      else if (platformHosts.includes(host) && /^\/?\*?$/.test(path)) {
        problems.push({ field: `pages.${kind}`, message: `${pattern} covers a whole platform host; give its path` });
      }
    }
  }
  return problems;
}

/** Everything wrong with one vendor file across its fields; empty when it follows the rules. */
export function sourceProblems(vendor: Vendor, today: string): Problem[] {
  const problems: Problem[] = hostProblems(vendor);
  const own = new Set([...vendor.match.domains, ...vendor.match.hosts.map(domainOfHost), ...vendor.helpDomains]);
  for (const { field, rule, item } of provenances(vendor)) {
    const allowed = FIELD_TIERS[rule]!;
    const domain = domainOf(item.source);
    if (!allowed.includes(item.tier)) {
      problems.push({ field, message: `rests on a "${item.tier}" source; allowed: ${allowed.join(', ')}` });
    }
    if (WEAK_SOURCES.some((weak) => domain === weak)) {
      problems.push({ field, message: `cites ${domain}, an article copy, aggregator or SEO site` });
    }
    if (item.tier === 'vendor') {
      const integrationDocs = rule === 'automation' && INTEGRATION_PROJECT_DOMAINS.includes(domain);
      if (!own.has(domain) && !integrationDocs) {
        problems.push({ field, message: `a "vendor" source must be on the vendor's own domains, not ${domain}` });
      }
    }
    if (item.tier === 'directory' && !DIRECTORY_SOURCE.test(item.source)) {
      problems.push({ field, message: 'a "directory" source must be the directory entry on GitHub' });
    }
    if (item.checked !== undefined && item.checked > today) {
      problems.push({ field, message: `checked ${item.checked}, a date in the future` });
    }
  }
  for (const { field, url } of stepUrls(vendor)) {
    if (!own.has(domainOf(url))) problems.push({ field, message: `links off the vendor's own domains: ${url}` });
  }
  return problems;
}
