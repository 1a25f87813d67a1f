import { describe, expect, it } from 'vitest';
import { chooseBanner, snooze, type BannerInput } from '../../../src/background/banners';
import { vendorById } from '../../../src/vendors';
import type { BannerPrefs, VendorState } from '../../../src/shared/storage';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const noPrefs: BannerPrefs = { muted: [], snoozed: {}, incidentsSeen: {} };
const seen: VendorState = { firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString(), visits: 1 };

function input(vendorId: string, extra: Partial<BannerInput> = {}): BannerInput {
  return { vendor: vendorById(vendorId)!, state: seen, prefs: noPrefs, now: NOW, includeCheckup: true, ...extra };
}

describe('chooseBanner', () => {
  it('says only "checking" when nothing is wrong', () => {
    expect(chooseBanner(input('arlo'), true)).toEqual({ kind: 'checkup' });
  });

  it('shows nothing when banners are off or the site is muted', () => {
    expect(chooseBanner(input('arlo'), false)).toBeNull();
    expect(chooseBanner(input('arlo', { prefs: { ...noPrefs, muted: ['arlo'] } }), true)).toBeNull();
  });

  it('nags about 2FA only when it is known to be off; where the vendor requires it, only when its page shows it off', () => {
    const off: VendorState = { ...seen, twoFactor: { status: 'off', source: 'settings-page', at: NOW.toISOString() } };
    expect(chooseBanner(input('wyze', { state: off }), true)?.kind).toBe('two-factor-off');
    expect(chooseBanner(input('wyze'), true)?.kind).not.toBe('two-factor-off'); // unknown: no nagging
    expect(chooseBanner(input('ring', { state: off }), true)?.kind).not.toBe('two-factor-off'); // Ring requires 2FA
    // ...unless Ring's own page shows it off right now (an exempt or older account).
    const page = { onTwoFactorSettings: true, twoFactorOff: true, shared: null, linkedHere: false };
    expect(chooseBanner(input('ring', { page }), true)?.kind).toBe('two-factor-off');
  });

  it('gives the vendor’s own place for the 2FA setting', () => {
    const off: VendorState = { ...seen, twoFactor: { status: 'off', source: 'user', at: NOW.toISOString() } };
    const banner = chooseBanner(input('wyze', { state: off }), true);
    expect(banner).toMatchObject({ kind: 'two-factor-off', onSettingsPage: false });
  });

  it('puts a breached password before 2FA, and 2FA before people added to shared access', () => {
    const off: VendorState = { ...seen, twoFactor: { status: 'off', source: 'settings-page', at: NOW.toISOString() } };
    const page = {
      onTwoFactorSettings: false,
      twoFactorOff: false,
      shared: { total: 3, added: 1, since: '2026-10-01T00:00:00.000Z' },
      linkedHere: false,
    };
    expect(
      chooseBanner(
        input('wyze', { state: off, page, notice: { kind: 'password-breached', count: 9, changeUrl: null } }),
        true,
      )?.kind,
    ).toBe('password-breached');
    expect(chooseBanner(input('wyze', { state: off, page }), true)?.kind).toBe('two-factor-off');
    expect(chooseBanner(input('arlo', { page, includeCheckup: false }), true)).toEqual({
      kind: 'shared-added',
      added: 1,
      since: '2026-10-01T00:00:00.000Z',
    });
  });

  it('asks for a first review of shared access', () => {
    const page = {
      onTwoFactorSettings: false,
      twoFactorOff: false,
      shared: { total: 2, added: null, since: null },
      linkedHere: false,
    };
    expect(chooseBanner(input('arlo', { page, includeCheckup: false }), true)).toEqual({
      kind: 'shared-review',
      total: 2,
    });
  });

  it('shows a recent incident once, and not an old one', () => {
    const wyze = vendorById('wyze')!;
    const latest = wyze.incidents[0]!;
    const recent = new Date(`${latest.date.slice(0, 7)}-28T00:00:00Z`);
    expect(chooseBanner(input('wyze', { now: recent }), true)?.kind).toBe('incident');
    const read = snooze(noPrefs, wyze, 'incident', recent);
    expect(chooseBanner(input('wyze', { now: recent, prefs: read }), true)?.kind).toBe('checkup');
    const later = new Date(recent.getTime() + 3 * 365 * 86_400_000);
    expect(chooseBanner(input('wyze', { now: later }), true)?.kind).toBe('checkup');
  });

  it('snoozes a kind for 7 days', () => {
    const off: VendorState = { ...seen, twoFactor: { status: 'off', source: 'settings-page', at: NOW.toISOString() } };
    const prefs = snooze(noPrefs, vendorById('wyze')!, 'two-factor-off', NOW);
    expect(chooseBanner(input('wyze', { state: off, prefs, includeCheckup: false }), true)).toBeNull();
    const in8days = new Date(NOW.getTime() + 8 * 86_400_000);
    expect(chooseBanner(input('wyze', { state: off, prefs, now: in8days }), true)?.kind).toBe('two-factor-off');
  });

  it('names only services linked to this account', () => {
    const state: VendorState = { ...seen, linked: { services: { alexa: true, ifttt: false }, at: NOW.toISOString() } };
    const page = { onTwoFactorSettings: false, twoFactorOff: false, shared: null, linkedHere: true };
    expect(chooseBanner(input('arlo', { state, page, includeCheckup: false }), true)).toMatchObject({
      kind: 'voice-linked',
      services: ['alexa'],
    });
  });
});
