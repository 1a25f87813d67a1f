/**
 * What the optional features may do, decided from the browser's grants on this device, checked at
 * run time: a local opt-in is the user's click, the grant is the browser's answer to it, and in
 * Firefox the breach check also needs the user's data-collection consent (`authenticationInfo`).
 */
import type { BreachVerdict } from '../shared/messages';
import { ALL_SITES, RANGE_API_ORIGIN } from '../shared/optional-origins';
import { routerMatches } from '../shared/router-hosts';
import type { OPT_IN_SWITCHES, OptIns } from '../shared/storage';
import { OPTIONAL_VENDOR_ACCESS } from '../vendors/optional-vendors';

export type OptInSwitch = (typeof OPT_IN_SWITCHES)[number];

/** The part of `browser.permissions` this module uses. */
export interface PermissionsApi {
  contains(access: { origins?: string[]; permissions?: string[]; data_collection?: string[] }): Promise<boolean>;
  remove(access: { origins?: string[]; permissions?: string[]; data_collection?: string[] }): Promise<boolean>;
  isFirefox: boolean;
}

// Chromium rejects the data_collection key, so it is asked of Firefox only.
const BREACH_CONSENT = { data_collection: ['authenticationInfo'] };

/** Whether this device's browser grants what a feature needs. */
export async function featureGranted(
  api: PermissionsApi,
  feature: OptInSwitch,
  routerHosts: readonly string[],
): Promise<boolean> {
  switch (feature) {
    case 'breachCheck':
      return (
        (await api.contains({ origins: [RANGE_API_ORIGIN] })) &&
        (!api.isFirefox || (await api.contains(BREACH_CONSENT)))
      );
    case 'routerCheck':
      return api.contains({ permissions: ['scripting'], origins: routerMatches(routerHosts) });
    case 'lookalikeWarnings':
      return api.contains({ permissions: ['scripting'], origins: ALL_SITES });
    case 'reminderNotifications':
      return api.contains({ permissions: ['notifications'] });
  }
}

/** Why the breach check may not run now, or null when it may. */
export async function breachBlocked(
  api: PermissionsApi,
  features: Pick<OptIns, 'breachCheck'>,
): Promise<Extract<BreachVerdict, { status: 'off' | 'error' }> | null> {
  if (!features.breachCheck) return { status: 'off' };
  if (!(await featureGranted(api, 'breachCheck', []))) return { status: 'error', reason: 'no-permission' };
  return null;
}

/** Gives back every optional access, vendors allowed since install too (after "delete all data"). */
export async function giveBackEverything(api: PermissionsApi, routerHosts: readonly string[]): Promise<void> {
  const vendors = OPTIONAL_VENDOR_ACCESS.flatMap((access) => access.origins);
  const origins = [RANGE_API_ORIGIN, ...ALL_SITES, ...routerMatches(routerHosts), ...vendors];
  await api.remove({ origins, permissions: ['scripting', 'notifications'] });
  if (api.isFirefox) await api.remove(BREACH_CONSENT);
}
