/**
 * Gives back the optional browser access that no feature still needs, after a switch is turned
 * off. Browsers differ here: Firefox removes exactly the host patterns named, while Chromium also
 * removes every narrower pattern inside them. There, giving back "all sites" would take the
 * router pages and the breach check's range API with it, so it waits until those are off too.
 */
import browser from '../shared/browser';
import type { SettingsView } from '../shared/messages';
import { ALL_SITES, RANGE_API_ORIGIN } from '../shared/optional-origins';
import { routerMatches } from '../shared/router-hosts';

export type FeatureSwitches = Pick<
  SettingsView,
  'breachCheck' | 'routerCheck' | 'routerHosts' | 'lookalikeWarnings' | 'allowedVendors'
>;

export interface Access {
  origins: string[];
  permissions: Array<'scripting'>;
}

export function isFirefox(): boolean {
  return browser.runtime.getURL('').startsWith('moz-extension:');
}

/**
 * The optional access to remove once `features` are as given; `removalTakesNarrower` in Chromium.
 * `vendorsAllowed`: the user allowed a vendor added since the first release, whose pages need
 * "scripting" and, in Chromium, survive only while "all sites" is not removed.
 */
export function accessToGiveBack(
  features: FeatureSwitches,
  removalTakesNarrower: boolean,
  vendorsAllowed = false,
): Access {
  const routers = routerMatches(features.routerHosts);
  const needed = new Set([
    ...(features.routerCheck ? routers : []),
    ...(features.lookalikeWarnings ? ALL_SITES : []),
    ...(features.breachCheck ? [RANGE_API_ORIGIN] : []),
  ]);
  const unneeded = [...routers, ...ALL_SITES, RANGE_API_ORIGIN].filter((origin) => !needed.has(origin));
  const keepAllSites = removalTakesNarrower && (needed.size > 0 || vendorsAllowed);
  return {
    origins: keepAllSites ? unneeded.filter((origin) => !ALL_SITES.includes(origin)) : unneeded,
    permissions: features.routerCheck || features.lookalikeWarnings || vendorsAllowed ? [] : ['scripting'],
  };
}

/** Gives back what the features, as they are now, no longer need. */
export async function giveBackUnneeded(features: FeatureSwitches): Promise<void> {
  const access = accessToGiveBack(features, !isFirefox(), (features.allowedVendors ?? []).length > 0);
  if (access.origins.length > 0 || access.permissions.length > 0) await browser.permissions.remove(access);
}

/** Whether the browser still lets the extension reach every site. */
export function holdsAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}
