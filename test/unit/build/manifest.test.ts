import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountMatchPatterns, buildManifest, loadVendors, matchPatterns } from '../../../scripts/manifest';
import { RANGE_API_ORIGIN } from '../../../src/shared/optional-origins';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const vendors = loadVendors('src/vendors');

describe('the generated manifest', () => {
  const chrome = buildManifest(base, vendors, 'chrome');
  const firefox = buildManifest(base, vendors, 'firefox');

  it('writes no host by hand: the base manifest has none', () => {
    expect(base.host_permissions).toEqual([]);
    expect(base.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([[]]);
  });

  it('covers exactly the hosts in the vendor database, https only', () => {
    const expected = vendors
      .flatMap((v) => [
        ...v.match.domains.map((d) => `https://*.${d}/*`),
        ...v.match.hosts.map((h) => `https://${h}/*`),
      ])
      .sort();
    for (const manifest of [chrome, firefox]) expect(manifest.host_permissions).toEqual(expected);
  });

  it('injects the content script on the vendors’ account pages only, never a forum or a shop', () => {
    for (const manifest of [chrome, firefox]) {
      const matches = manifest.content_scripts[0]!.matches as string[];
      expect(matches).toEqual(accountMatchPatterns(vendors));
      expect(matches).toEqual(expect.arrayContaining(['https://account.ring.com/*', 'https://auth.wyze.com/*']));
      // Every one is inside the host permissions, so no update can ask for more access through it.
      for (const pattern of matches) {
        const host = new URL(pattern.replace('*.', 'x.')).hostname;
        expect(
          vendors.some(
            (v) => v.match.hosts.includes(host) || v.match.domains.some((d) => host === d || host.endsWith(`.${d}`)),
          ),
          pattern,
        ).toBe(true);
      }
      const covers = (url: string) =>
        matches.some((pattern) =>
          new RegExp(`^${pattern.replace(/[.?+^$()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`).test(url),
        );
      expect(covers('https://account.ring.com/account/dashboard')).toBe(true);
      for (const url of ['https://community.ring.com/t/1', 'https://shop.ring.com/', 'https://forums.wyze.com/']) {
        expect(covers(url), url).toBe(false);
      }
    }
  });

  it('ships no loopback, all-hosts or wildcard-all pattern in what it is granted at install', () => {
    for (const manifest of [chrome, firefox]) {
      const text = JSON.stringify({ ...manifest, optional_host_permissions: undefined });
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|<all_urls>|"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);
      for (const pattern of matchPatterns(vendors))
        expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\*$/);
    }
  });

  it('uses a service worker for Chrome and background scripts plus gecko settings for Firefox', () => {
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version as string)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'], optional: ['authenticationInfo'] });
  });

  it('asks for the breach-check origin only as an optional permission', () => {
    for (const manifest of [chrome, firefox]) {
      // The breach check, and the router check and look-alike warning, which the user turns on.
      expect(manifest.optional_host_permissions).toEqual([RANGE_API_ORIGIN, 'https://*/*', 'http://*/*']);
      expect(manifest.permissions).toEqual(['storage', 'alarms']);
      expect(manifest.optional_permissions).toEqual(['notifications', 'scripting']);
    }
  });

  it('rejects an invalid vendor file with every problem named by file and field', () => {
    let message = '';
    try {
      loadVendors('test/unit/build/bad-vendors', '2026-12-01');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/broken\.json: (match|id)/);
    expect(message).toMatch(/weak-tier-step\.json: places\.twoFactor: rests on a "press" source/);
    expect(message).toMatch(/future-date\.json: places\.sharedUsers: checked 2099-01-01, a date in the future/);
    expect(message).toMatch(/step-off-domain\.json: places\.sessions: links off the vendor's own domains/);
    expect(message).toMatch(/missing-tier\.json: places\.privacy/);
    expect(message).toMatch(/unknown-without-note\.json: places\.firmware/);
    expect(message).toMatch(/weak-source-incident\.json: incidents\.0: cites techspot\.com/);
  });
});
