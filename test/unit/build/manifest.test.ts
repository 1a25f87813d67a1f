import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest, loadVendors, matchPatterns } from '../../../scripts/manifest';
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
    for (const manifest of [chrome, firefox]) {
      expect(manifest.host_permissions).toEqual(expected);
      expect(manifest.content_scripts[0]!.matches).toEqual(expected);
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

  it('rejects an invalid vendor file with every problem named', () => {
    expect(() => loadVendors('test/unit/build/bad-vendors')).toThrow(/broken\.json: (match|id)/);
  });
});
