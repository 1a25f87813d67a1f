/** Checks on what `npm run build` produced: the files that ship, not the sources. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/compile-hint';
import { accountMatchPatterns, loadVendors, matchPatterns } from '../../scripts/manifest';
import { INSTALL_HOSTS, heldFromInstall } from '../../src/vendors/host-access';
import { OPTIONAL_VENDOR_ACCESS } from '../../src/vendors/optional-vendors';
import { FREQUENCY_LISTS_FILE } from '../../src/background/passwords/frequency-lists';

const TARGETS = ['chrome', 'firefox'] as const;
const manifestOf = (target: string) => JSON.parse(readFileSync(join('dist', target, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(TARGETS)('dist/%s', (target) => {
  const manifest = manifestOf(target);

  it('may access exactly the vendor hosts of the first release, and runs on their account pages only', () => {
    const vendors = loadVendors('src/vendors');
    const held = (p: string) => heldFromInstall(p);
    expect(manifest.host_permissions).toEqual(matchPatterns(vendors).filter(held));
    for (const pattern of manifest.host_permissions) expect(INSTALL_HOSTS).toContain(pattern);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(accountMatchPatterns(vendors).filter(held));
    // The vendors added since are optional, each host named.
    for (const access of OPTIONAL_VENDOR_ACCESS) {
      for (const origin of access.origins) expect(manifest.optional_host_permissions, origin).toContain(origin);
    }
  });

  it('exposes no web-accessible resources a page could use to detect the extension', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('ships the content script as one self-contained file', () => {
    const [file] = manifest.content_scripts[0].js;
    expect(manifest.content_scripts[0].js).toHaveLength(1);
    const code = readFileSync(join('dist', target, file), 'utf8');
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|\bimportScripts\(/m);
    // Chromium compiles it whole before it runs (scripts/compile-hint.ts): only as the first line.
    expect(code.split('\n')[0]).toBe(COMPILE_HINT);
  });

  it('has a background of the right form', () => {
    if (target === 'chrome') expect(manifest.background).toMatchObject({ service_worker: expect.any(String) });
    else expect(manifest.background).toMatchObject({ scripts: [expect.any(String)] });
  });

  it('keeps zxcvbn in the background only, and its dictionaries in a file of their own', () => {
    const background = manifest.background.service_worker ?? manifest.background.scripts[0];
    const loader = readFileSync(join('dist', target, background), 'utf8');
    const scripts = filesUnder(join('dist', target)).filter((file) => file.endsWith('.js'));
    const withZxcvbn = scripts.filter((file) => readFileSync(file, 'utf8').includes('dictionary_match'));
    expect(withZxcvbn).toHaveLength(1);
    expect(loader).toContain(withZxcvbn[0]!.split('/').pop());
    // No script carries the 790 KB of words that every start of the worker would compile.
    expect(scripts.filter((file) => readFileSync(file, 'utf8').includes('123456,password,12345678'))).toEqual([]);
    const lists = readFileSync(join('dist', target, FREQUENCY_LISTS_FILE), 'utf8');
    expect(lists.startsWith('passwords:123456,password,12345678,')).toBe(true);
  });

  it('contains no HTML-string sink at all (preact’s is removed at build time)', () => {
    for (const file of filesUnder(join('dist', target)).filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(
        /\.(innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML|document\.write\(/,
      );
    }
  });

  it('has the strict extension-page CSP and only the permissions the README explains', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'none'" });
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications', 'scripting']);
    // Every site only as an optional permission: the look-alike warning and the router check,
    // which the user turns on (see README, "Permissions, and why").
    expect(manifest.optional_host_permissions).toEqual([
      'https://api.pwnedpasswords.com/*',
      'https://*/*',
      'http://*/*',
      ...OPTIONAL_VENDOR_ACCESS.flatMap((a) => a.origins),
    ]);
    expect(manifest.host_permissions.join(' ')).not.toMatch(/\*:\/\/\*\/|https?:\/\/\*\//);
    expect(JSON.stringify(manifest)).not.toMatch(
      /<all_urls>|webRequest|cookies|"tabs"|externally_connectable|nativeMessaging/,
    );
  });

  it('ships no source maps and no loopback addresses', () => {
    const files = filesUnder(join('dist', target));
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => /\.(js|json|html)$/.test(f))) {
      // A loopback address or URL would be a test-only path. (The bare word "localhost" is in
      // tldts's list of special-use names, which the look-alike check uses.)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/127\.0\.0\.1|\/\/localhost\b|localhost:\d/);
    }
  });

  it('carries the licence notice of every bundled package and data set', () => {
    const notices = readFileSync(join('dist', target, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: object };
    for (const name of [...Object.keys(dependencies), 'tldts-core']) {
      expect(notices).toMatch(new RegExp(`^${name} [\\d.]+ \\((MIT|MPL-2\\.0|Apache-2\\.0)\\)$`, 'm'));
    }
    expect(notices).toContain('DefaultCreds-Cheat-Sheet');
    expect(notices).toContain('2FA Directory');
    expect(notices).toMatch(/Passkeys Directory[^\n]*CC BY 4\.0/);
    expect(notices).toContain('Creative Commons Attribution 4.0 International');
    expect(notices).toContain('Copyright (c) 2022 Ihebski');
  });
});

describe('web-ext lint on dist/firefox', () => {
  it('passes with warnings as errors: no error, no warning', async () => {
    const result = (await webExt.cmd.lint(
      { sourceDir: 'dist/firefox', output: 'json', warningsAsErrors: true },
      { shouldExitProgram: false },
    )) as { errors: unknown[]; warnings: Array<{ code: string; message: string; file: string }> };
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => `${w.code} in ${w.file}`)).toEqual([]);
  }, 120_000);
});
