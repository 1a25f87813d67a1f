import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountMatchPatterns, buildManifest, loadVendors, matchPatterns } from '../../../scripts/manifest';
import { RANGE_API_ORIGIN } from '../../../src/shared/optional-origins';
import { INSTALL_HOSTS, heldFromInstall, optionalAccess } from '../../../src/vendors/host-access';
import { patternCovers, withoutCovered } from '../../../src/vendors/match-patterns';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const vendors = loadVendors('src/vendors');

describe('the generated manifest', () => {
  const chrome = buildManifest(base, vendors, 'chrome');
  const firefox = buildManifest(base, vendors, 'firefox');

  it('writes no host by hand: the base manifest has none', () => {
    expect(base.host_permissions).toEqual([]);
    expect(base.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([[]]);
  });

  it('asks at install for exactly the vendor hosts the first release held, https only', () => {
    const held = matchPatterns(vendors).filter((p) => heldFromInstall(p));
    for (const manifest of [chrome, firefox]) {
      expect(manifest.host_permissions).toEqual(held);
      // Never more than the first release: more would disable the extension on update in Chrome.
      for (const pattern of manifest.host_permissions as string[]) expect(INSTALL_HOSTS, pattern).toContain(pattern);
      for (const pattern of manifest.content_scripts[0]!.matches as string[]) {
        expect(heldFromInstall(pattern), pattern).toBe(true);
      }
    }
  });

  it('ships a vendor added after the first release as optional access, with its pages to register', () => {
    const newcomer = {
      ...vendors.find((v) => v.id === 'wyze')!,
      id: 'vivint-test',
      name: 'Vivint',
      match: { domains: ['vivint.com'], hosts: [], accountHosts: ['www.vivint.com'] },
      pages: { login: ['www.vivint.com/login*'] },
    };
    const manifest = buildManifest(base, [...vendors, newcomer], 'chrome');
    expect(manifest.host_permissions).toEqual(chrome.host_permissions);
    expect(manifest.content_scripts[0]!.matches).toEqual(chrome.content_scripts[0]!.matches);
    expect(manifest.optional_host_permissions).toContain('https://*.vivint.com/*');
    expect(optionalAccess(newcomer)).toEqual({
      vendorId: 'vivint-test',
      vendorName: 'Vivint',
      origins: ['https://*.vivint.com/*'],
      hosts: ['vivint.com'],
      matches: ['https://www.vivint.com/*'],
    });
  });

  it('lists no pattern that another one in the same list covers', () => {
    for (const manifest of [chrome, firefox]) {
      for (const list of [manifest.host_permissions as string[], manifest.content_scripts[0]!.matches as string[]]) {
        expect(withoutCovered(list)).toEqual(list);
      }
    }
    expect(withoutCovered(['https://a.ring.com/x*', 'https://*.ring.com/*', 'https://ring.com/*'])).toEqual([
      'https://*.ring.com/*',
    ]);
    expect(patternCovers('https://account.ring.com/*', 'https://account.ring.com/account/*')).toBe(true);
    expect(patternCovers('https://account.ring.com/account/*', 'https://account.ring.com/*')).toBe(false);
    expect(patternCovers('https://*.ring.com/*', 'https://notring.com/*')).toBe(false);
  });

  it('injects the content script on the vendors’ account pages only, never a forum or a shop', () => {
    for (const manifest of [chrome, firefox]) {
      const matches = manifest.content_scripts[0]!.matches as string[];
      expect(matches).toEqual(accountMatchPatterns(vendors).filter((p) => heldFromInstall(p)));
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
      expect((manifest.optional_host_permissions as string[]).slice(0, 3)).toEqual([
        RANGE_API_ORIGIN,
        'https://*/*',
        'http://*/*',
      ]);
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
    expect(message).toMatch(/whole-platform\.json: match\.domains: amazon\.com is a whole shared platform/);
    expect(message).toMatch(/platform-page-without-path\.json: pages\.login: www\.amazon\.com\/\* covers a whole/);
    expect(message).toMatch(/foreign-host\.json: match\.accountHosts: account\.ring\.com is not one of the vendor/);
  });

  it('rejects two vendor files that claim the same host', () => {
    expect(() => loadVendors('test/unit/build/overlapping-vendors', '2026-12-01')).toThrow(
      /wyze-shop\.json: match\.hosts: shop\.wyze\.com overlaps wyze's hosts/,
    );
  });
});
