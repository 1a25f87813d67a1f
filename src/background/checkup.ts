/**
 * The checkup the popup shows: every account with its checklist, the home network, an overall
 * score; and what the toolbar badge and the review reminders count. Fingerprints and hashes never
 * leave the background: the overview carries only verdicts and vendor names.
 */
import {
  countItems,
  homeChecklist,
  score,
  topActions,
  vendorChecklist,
  type Text,
  type ChecklistItem,
  type HomeItemId,
  type ItemId,
  type RouterGuide,
} from '../shared/checklist';
import type { Overview, VendorSeen } from '../shared/messages';
import {
  fingerprints,
  home,
  muteRequest,
  readSettings,
  resets,
  vendorStates,
  type Store,
  type VendorState,
} from '../shared/storage';
import { VENDORS, vendorById } from '../vendors';
import { known, type Vendor } from '../vendors/schema';
import { BRANDS, howToChange } from './router/check';
import { compareVendorNames } from '../vendors/names';

export async function accounts(store: Store, now: Date, reviewDays: number): Promise<VendorSeen[]> {
  const [states, prints] = await Promise.all([store.getFamily(vendorStates), store.getFamily(fingerprints)]);
  const seen: VendorSeen[] = [];
  for (const [id, state] of states) {
    const vendor = vendorById(id);
    if (vendor === undefined || state === null) continue;
    const mine = prints.get(id)?.hash;
    const reusedWith = [...prints]
      .filter(([other, fp]) => other !== id && mine !== undefined && fp?.hash === mine)
      .map(([other]) => vendorById(other)?.name ?? other)
      .sort();
    const password = state.password
      ? {
          score: state.password.score,
          leaked: state.password.leaked === true,
          breach: state.password.breach,
          checkedAt: state.password.ratedAt,
          reusedWith,
        }
      : null;
    const mandatory = known(vendor.twoFactor.mandatory) === true;
    const twoFactor = state.twoFactor ? { ...state.twoFactor, mandatory } : { status: 'unknown' as const, mandatory };
    seen.push({
      id,
      name: vendor.name,
      firstSeen: state.firstSeen,
      lastSeen: state.lastSeen,
      password,
      twoFactor,
      checklist: vendorChecklist(vendor, state, now, reviewDays),
      addedByHand: state.addedByHand === true && state.visits === 0,
      appOnly: vendor.appOnly !== undefined && known(vendor.appOnly) === true,
      review: reviewOf(state, vendor),
    });
  }
  // ISO dates order as strings.
  return seen.sort(
    (a, b) => Number(b.lastSeen > a.lastSeen) - Number(b.lastSeen < a.lastSeen) || compareVendorNames(a.name, b.name),
  );
}

/** What the account's state looks like to a review: the counts a later review compares with. */
function snapshot(state: NonNullable<VendorState>, incidents: number) {
  const twoFactor = state.twoFactor?.status;
  return {
    sharedCount: state.sharedUsers?.hashes.length,
    twoFactor: twoFactor === 'on' || twoFactor === 'off' ? twoFactor : undefined,
    incidents,
  };
}

/** When the user last reviewed the account, and what changed since (facts only, never a guess). */
function reviewOf(state: NonNullable<VendorState>, vendor: Vendor): VendorSeen['review'] {
  const last = state.review;
  if (last === undefined) return { at: null, changes: [] };
  const now = snapshot(state, vendor.incidents.length);
  const changes: Text[] = [];
  const added = (now.sharedCount ?? 0) - (last.sharedCount ?? now.sharedCount ?? 0);
  if (added === 1) changes.push({ key: 'changeNewPerson' });
  else if (added > 1) changes.push({ key: 'changeNewPeople', params: [String(added)] });
  if (last.twoFactor === 'on' && now.twoFactor === 'off') changes.push({ key: 'changeTwoFactorOff' });
  if (now.incidents > last.incidents) changes.push({ key: 'changeNewIncident', params: [vendor.name] });
  return { at: last.at, changes };
}

/** "I've reviewed this account": remembers when, and what was known then. */
export async function markReviewed(store: Store, vendorId: string, now: Date): Promise<void> {
  const vendor = vendorById(vendorId);
  if (vendor === undefined) throw new Error('unknown vendor');
  await store.update(vendorStates.member(vendorId), (state) => {
    if (state === null) throw new Error('no such account');
    return { ...state, review: { at: now.toISOString(), ...snapshot(state, vendor.incidents.length) } };
  });
}

/** The last checked router's brand and how to change its admin password, if known. */
function routerGuide(brand: string | undefined): RouterGuide | undefined {
  if (!brand) return undefined;
  const { url, menuPath } = howToChange(brand);
  return url || menuPath ? { brandName: BRANDS[brand]?.name ?? brand, url, menuPath } : undefined;
}

export async function buildOverview(
  store: Store,
  now: Date,
  current: { id: string; name: string } | null,
): Promise<Overview> {
  // Read at once: the popup waits for this before it shows anything.
  const [prefs, homeState, resetItems, mute] = await Promise.all([
    readSettings(store),
    store.get(home),
    store.get(resets),
    pendingMute(store, now),
  ]);
  const list = await accounts(store, now, prefs.reminderDays);
  // The current tab's vendor first.
  list.sort((a, b) => Number(b.id === current?.id) - Number(a.id === current?.id));
  const homeItems = homeChecklist(homeState, now, prefs.reminderDays, routerGuide(homeState.router?.brand));
  const everything: ChecklistItem[] = [...list.flatMap((a) => a.checklist.items), ...homeItems];
  const first = topActions(list, homeItems).map((action) => ({
    vendorId: action.vendorId,
    vendorName: action.vendorName,
    itemId: action.item.id,
    title: action.item.title,
  }));
  const mine = new Set(list.map((a) => a.id));
  return {
    current,
    seen: list,
    home: homeItems,
    overall: list.length === 0 ? null : score(everything),
    household: countItems(everything),
    topActions: first,
    available: VENDORS.filter((v) => !mine.has(v.id))
      .map((v) => ({ id: v.id, name: v.name, appOnly: v.appOnly !== undefined && known(v.appOnly) === true }))
      .sort((a, b) => compareVendorNames(a.name, b.name)),
    settings: prefs,
    resets: resetItems,
    muteRequest: mute,
    // The overview/get handler fills these in: per tab, and from the browser's grants.
    lookalike: null,
    accessOffers: [],
  };
}

/** A mute request waits this long for the user's answer. */
const MUTE_REQUEST_TTL_MS = 10 * 60_000;

async function pendingMute(store: Store, now: Date): Promise<Overview['muteRequest']> {
  const request = await store.get(muteRequest);
  const vendor = request === null ? undefined : vendorById(request.vendorId);
  if (request === null || vendor === undefined || now.getTime() - request.at > MUTE_REQUEST_TTL_MS) return null;
  return { id: vendor.id, name: vendor.name };
}

/** Open high-priority items: the number on the toolbar badge. */
export function badgeCount(overview: Pick<Overview, 'seen' | 'home'>): number {
  const items = [...overview.seen.flatMap((a) => a.checklist.items), ...overview.home];
  return items.filter((item) => item.high && item.status === 'todo').length;
}

/** Items whose review is due again (marked done longer ago than the reminder interval). */
export function dueCount(overview: Pick<Overview, 'seen' | 'home'>): number {
  return [...overview.seen.flatMap((a) => a.checklist.items), ...overview.home].filter((item) => item.due).length;
}

/** Marks with one item set to `at`, or without it. */
function withMark<K extends string>(
  marks: Partial<Record<K, string>>,
  item: K,
  done: boolean,
  at: string,
): Partial<Record<K, string>> {
  const rest = Object.fromEntries(Object.entries(marks).filter(([key]) => key !== item)) as Partial<Record<K, string>>;
  return done ? { ...rest, [item]: at } : rest;
}

export async function mark(
  store: Store,
  target: { vendorId?: string; item: ItemId | HomeItemId; done: boolean },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  if (target.vendorId === undefined) {
    await store.update(home, (current) => ({
      ...current,
      marks: withMark(current.marks, target.item as HomeItemId, target.done, at),
    }));
    return;
  }
  await store.update(vendorStates.member(target.vendorId), (state) => {
    const base = state ?? { firstSeen: at, lastSeen: at, visits: 0, addedByHand: true };
    return { ...base, marks: withMark(base.marks ?? {}, target.item as ItemId, target.done, at) };
  });
}

/** Adds a vendor account by hand (the user has one but has not visited its site with HomeGuard). */
export async function addVendor(store: Store, vendorId: string, now: Date): Promise<void> {
  if (vendorById(vendorId) === undefined) throw new Error('unknown vendor');
  const at = now.toISOString();
  await store.update(
    vendorStates.member(vendorId),
    (state) => state ?? { firstSeen: at, lastSeen: at, visits: 0, addedByHand: true },
  );
}

/** Forgets everything about one account, its fingerprint included. */
export async function forgetVendor(store: Store, vendorId: string): Promise<void> {
  await store.remove(vendorStates.member(vendorId));
  await store.remove(fingerprints.member(vendorId));
}
