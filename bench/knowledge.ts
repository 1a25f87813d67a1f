/**
 * The knowledge rows of the bench: how much of what the checkup needs the vendor database knows,
 * and what it rests on, each next to the goal in the walkthroughs issue.
 */
import { INTEGRATIONS, PLACE_KINDS, known, type Vendor } from '../src/vendors/schema';
import type { Row } from './stats';

const AREA = 'knowledge base';
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/** Every sourced fact in a vendor file (facts, privacy settings, automation notes, incidents). */
function provenances(vendor: Vendor): Array<{ tier: string; checked?: string }> {
  const facts: unknown[] = [
    vendor.appOnly,
    ...Object.values(vendor.twoFactor),
    ...Object.values(vendor.places),
    vendor.integrations,
    ...(Array.isArray(vendor.privacySettings) ? vendor.privacySettings : []),
    ...vendor.automation,
    vendor.firmware,
    ...vendor.incidents,
  ];
  return facts.filter(
    (f): f is { tier: string; checked?: string } => typeof f === 'object' && f !== null && 'tier' in f,
  );
}

export function knowledgeRows(vendors: readonly Vendor[], now: Date): Row[] {
  const places = vendors.flatMap((v) => PLACE_KINDS.map((kind) => v.places[kind]));
  const placesKnown = places.filter((p) => known(p) !== undefined).length;
  const withIntegrations = vendors.filter((v) =>
    (known(v.integrations) ?? []).some((i) => INTEGRATIONS.includes(i.service)),
  );
  const linkedKnown = withIntegrations.filter((v) => known(v.places.linkedServices) !== undefined).length;
  const mandatoryKnown = vendors.filter((v) => known(v.twoFactor.mandatory) !== undefined).length;
  const passkeysKnown = vendors.filter((v) => known(v.twoFactor.passkeys) !== undefined).length;
  const privacyKnown = vendors.filter((v) => Array.isArray(v.privacySettings)).length;
  const all = vendors.flatMap(provenances);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
  const old = all.filter((p) => p.checked !== undefined && p.checked < yearAgo).length;
  const rows: Row[] = [
    { area: AREA, figure: 'vendors', value: vendors.length, unit: '' },
    {
      area: AREA,
      figure: `places known (web page, app path or sourced "not offered"), of ${places.length}`,
      value: pct(placesKnown, places.length),
      unit: '%',
      goal: { min: 85 },
    },
    {
      area: AREA,
      figure: `linked-services place known, of ${withIntegrations.length} vendors with integrations`,
      value: pct(linkedKnown, withIntegrations.length),
      unit: '%',
      goal: { min: 100 },
    },
    { area: AREA, figure: `2FA "mandatory" known, of ${vendors.length}`, value: mandatoryKnown, unit: 'vendors' },
    { area: AREA, figure: `passkeys known, of ${vendors.length}`, value: passkeysKnown, unit: 'vendors' },
    {
      area: AREA,
      figure: `privacy and recording settings listed, of ${vendors.length}`,
      value: privacyKnown,
      unit: 'vendors',
    },
    { area: AREA, figure: 'facts checked more than a year ago', value: old, unit: `of ${all.length}` },
  ];
  const tiers = new Map<string, number>();
  for (const p of all) tiers.set(p.tier, (tiers.get(p.tier) ?? 0) + 1);
  for (const [tier, count] of [...tiers].sort()) {
    rows.push({ area: AREA, figure: `sources of tier "${tier}"`, value: count, unit: `of ${all.length}` });
  }
  return rows;
}
