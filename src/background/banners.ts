/**
 * Which one banner a vendor page shows. Pure: the vendor's facts, the account's stored state, the
 * user's banner preferences and what this page found go in; one banner (or none) comes out.
 * The background decides; the page only detects and renders.
 */
import {
  BANNER_PRIORITY,
  type BannerKind,
  type BannerSpec,
  type PasswordNotice,
  type PlaceView,
} from '../shared/messages';
import type { BannerPrefs, VendorState } from '../shared/storage';
import { known, reachablePlace, type Fact, type Place, type Vendor } from '../vendors/schema';
import type { SharedDelta } from './account-state';

/** An incident is worth a banner while it is this recent (once per incident). */
export const RECENT_INCIDENT_MONTHS = 24;
export const SNOOZE_DAYS = 7;

export interface BannerInput {
  vendor: Vendor;
  state: VendorState | null;
  prefs: BannerPrefs;
  now: Date;
  /** A password notice waiting for this page. */
  notice?: PasswordNotice | null;
  /** What this page is and found, when the banner follows a detection. */
  page?: { onTwoFactorSettings: boolean; twoFactorOff: boolean; shared: SharedDelta | null; linkedHere: boolean };
  /** Offer the neutral "HomeGuard is checking…" banner when nothing else applies (first banner of a page). */
  includeCheckup: boolean;
}

function place(fact: Fact<Place>): PlaceView | null {
  return reachablePlace(fact) ?? null;
}

export function isSnoozed(prefs: BannerPrefs, vendorId: string, kind: BannerKind, now: Date): boolean {
  const until = prefs.snoozed[vendorId]?.[kind];
  return until !== undefined && until > now.toISOString();
}

function monthsBetween(isoMonth: string, now: Date): number {
  const [year, month] = isoMonth.split('-').map(Number);
  return (now.getUTCFullYear() - year!) * 12 + (now.getUTCMonth() + 1 - (month ?? 1));
}

function candidates(input: BannerInput): BannerSpec[] {
  const { vendor, state, now, prefs } = input;
  const out: BannerSpec[] = [];
  if (input.notice) out.push(input.notice);

  const mandatory = known(vendor.twoFactor.mandatory) === true;
  // Where the vendor requires 2FA, only its own page showing it off now counts (an exempt or
  // older account); a stored "off" alone does not nag.
  const offHere = input.page?.twoFactorOff === true;
  if (offHere || (state?.twoFactor?.status === 'off' && !mandatory)) {
    out.push({
      kind: 'two-factor-off',
      onSettingsPage: input.page?.onTwoFactorSettings ?? false,
      place: place(vendor.places.twoFactor),
    });
  }
  const shared = input.page?.shared;
  if (shared && shared.total > 0) {
    if (shared.added !== null && shared.added > 0)
      out.push({ kind: 'shared-added', added: shared.added, since: shared.since! });
    else if (shared.added === null) out.push({ kind: 'shared-review', total: shared.total });
  }
  if (input.page?.linkedHere) {
    const services = Object.entries(state?.linked?.services ?? {})
      .filter(([, on]) => on)
      .map(([service]) => service as 'alexa' | 'google-assistant' | 'ifttt');
    if (services.length > 0) out.push({ kind: 'voice-linked', services, place: place(vendor.places.linkedServices) });
  }
  const latest = vendor.incidents[0];
  if (
    latest &&
    monthsBetween(latest.date, now) <= RECENT_INCIDENT_MONTHS &&
    prefs.incidentsSeen[vendor.id] !== latest.date
  ) {
    out.push({ kind: 'incident', date: latest.date, summary: latest.summary, source: latest.source });
  }
  if (input.includeCheckup) out.push({ kind: 'checkup' });
  return out;
}

/** Whether a banner of this kind may show on the vendor's pages at all (banners on, not muted or snoozed). */
export function bannerAllowed(
  prefs: BannerPrefs,
  bannersEnabled: boolean,
  vendorId: string,
  kind: BannerKind,
  now: Date,
): boolean {
  return bannersEnabled && !prefs.muted.includes(vendorId) && !isSnoozed(prefs, vendorId, kind, now);
}

/** The banner for a vendor page, or null: banners off, site muted, or nothing worth saying. */
export function chooseBanner(input: BannerInput, bannersEnabled: boolean): BannerSpec | null {
  if (!bannersEnabled || input.prefs.muted.includes(input.vendor.id)) return null;
  const open = candidates(input).filter((spec) => !isSnoozed(input.prefs, input.vendor.id, spec.kind, input.now));
  open.sort((a, b) => BANNER_PRIORITY[b.kind] - BANNER_PRIORITY[a.kind]);
  return open[0] ?? null;
}

/** Preferences after the user snoozed a banner on a vendor page (an incident counts as read). */
export function snooze(prefs: BannerPrefs, vendor: Vendor, kind: BannerKind, now: Date): BannerPrefs {
  if (kind === 'incident' && vendor.incidents[0]) {
    return { ...prefs, incidentsSeen: { ...prefs.incidentsSeen, [vendor.id]: vendor.incidents[0].date } };
  }
  const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000).toISOString();
  return { ...prefs, snoozed: { ...prefs.snoozed, [vendor.id]: { ...prefs.snoozed[vendor.id], [kind]: until } } };
}
