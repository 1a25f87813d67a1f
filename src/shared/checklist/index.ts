/**
 * The checkup, pure: a vendor's facts and the account's stored state in, the checklist out —
 * each item's status, why it matters (citing this vendor's own incidents), the steps to do it
 * (the vendor's own pages or app paths, each with its source), a score and the single next
 * action. No I/O, no i18n calls: texts are message keys with parameters, rendered by the popup.
 * One file per item; docs/vendor-data.md says where the facts come from.
 */
import type { VendorState } from '../storage';
import { reachablePlace, type Vendor } from '../../vendors/schema';
import type { Context } from './context';
import { firmwareItem, incidentsItem } from './firmware';
import { linkedServicesItem } from './linked-services';
import { passwordItems } from './passwords';
import { recordingItem, sessionsItem, sharedUsersItem } from './reviews';
import { twoFactorItem } from './two-factor';
import { countItems } from './summary';
import type { ChecklistItem, Step, VendorChecklist } from './types';

export * from './types';
export * from './summary';
export { homeChecklist } from './home';

/** Done items over applicable ones; unknown items count as not done. */
export function score(items: readonly ChecklistItem[]): number | null {
  const applicable = items.filter((item) => item.status !== 'not-applicable');
  if (applicable.length === 0 || applicable.every((item) => item.status === 'unknown')) return null;
  return Math.round((100 * applicable.filter((item) => item.status === 'done').length) / applicable.length);
}

/** The one thing to do next: high-priority to-dos first, then unknowns, then the rest. */
export function nextAction(items: readonly ChecklistItem[]): ChecklistItem['id'] | null {
  const rank = (item: ChecklistItem) =>
    item.status === 'todo' ? (item.high ? 0 : 2) : item.status === 'unknown' ? (item.high ? 1 : 3) : 9;
  const best = [...items].filter((item) => rank(item) < 9).sort((a, b) => rank(a) - rank(b))[0];
  return best?.id ?? null;
}

export function vendorChecklist(
  vendor: Vendor,
  state: VendorState | null,
  now: Date,
  reviewDays: number,
): VendorChecklist {
  const ctx: Context = { vendor, state, now, reviewDays };
  const items: ChecklistItem[] = [
    twoFactorItem(ctx),
    ...passwordItems(ctx),
    sharedUsersItem(ctx),
    linkedServicesItem(ctx),
    sessionsItem(ctx),
    recordingItem(ctx),
    firmwareItem(ctx),
    incidentsItem(ctx),
  ];
  for (const item of items) if (item.status === 'unknown') item.findOut = findOut(vendor, item);
  return {
    vendorId: vendor.id,
    name: vendor.name,
    items,
    score: score(items),
    counts: countItems(items),
    next: nextAction(items),
  };
}

/** Pages HomeGuard reads the state from, per item (the others the user marks after checking). */
const READ_FROM_PAGE = {
  'two-factor': 'twoFactor',
  'shared-users': 'sharedUsers',
  'linked-services': 'linkedServices',
} as const;

/** How to turn "not checked yet" into a fact: one step. */
function findOut(vendor: Vendor, item: ChecklistItem): Step {
  if (item.id === 'password-strength' || item.id === 'password-unique' || item.id === 'breach') {
    return { key: 'findOutSignIn', params: [vendor.name] };
  }
  const kind = READ_FROM_PAGE[item.id as keyof typeof READ_FROM_PAGE];
  const place = kind === undefined ? undefined : reachablePlace(vendor.places[kind]);
  if (place?.url) return { key: 'findOutOpenPage', params: [vendor.name], url: place.url };
  return { key: 'findOutMarkInApp', params: [vendor.name] };
}
