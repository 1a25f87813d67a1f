/**
 * Passwords in the real browsers: the meter, and the privacy guarantee that a password never
 * reaches storage, logs or the network (only the opt-in 5-character range request may leave).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_KINDS,
  extensionDirFor,
  forgetGreetings,
  launchWithExtension,
  openPopupFor,
  readSecretArea,
  readStorage,
  type BrowserKind,
  type ExtensionSession,
} from '../harness/browsers';
import type { OptionalAccess } from '../harness/chromium-profile';
import { HIBP_HOST, fakeHibp, sha1Upper } from '../harness/fake-hibp';
import { startFixtureServer, type FixtureServer } from '../harness/fixture-server';
import { requestedUrls, unexpectedHosts } from '../harness/net-log';
import { saveScreenshot } from '../harness/screenshots';
import { waitForBanner, waitForMeter } from '../harness/shadow';
import { waitFor } from '../harness/wait';

const BREACHED = { 'P@ssw0rd': 52579 };

/** The range API's access, which the user allows when turning the breach check on. */
const BREACH_ACCESS = { origins: [`https://${HIBP_HOST}/*`] };

async function launch(kind: BrowserKind, { netLog, allowed }: { netLog?: string; allowed?: OptionalAccess } = {}) {
  const server = await startFixtureServer(undefined, { [HIBP_HOST]: fakeHibp(BREACHED) });
  const session = await launchWithExtension(kind, {
    extensionDir: extensionDirFor(kind),
    port: server.port,
    hosts: server.hosts,
    netLog,
    allowed,
  });
  return { server, session };
}

/** Every storage area of the extension, its own IndexedDB included, as one string. */
async function dumpStorage(session: ExtensionSession): Promise<string> {
  const page = await session.openExtensionPage('src/options/index.html');
  const areas = await Promise.all((['local', 'sync', 'session'] as const).map((area) => readStorage(page, area)));
  const secret = await readSecretArea(page);
  await page.close();
  return JSON.stringify([...areas, secret]);
}

async function passwordRated(session: ExtensionSession, vendorId: string, after = ''): Promise<void> {
  const page = await session.openExtensionPage('src/options/index.html');
  await waitFor(
    async () => {
      const state = (await readStorage(page, 'local', [`vendor.${vendorId}`]))[`vendor.${vendorId}`] as
        { password?: { ratedAt: string } } | undefined;
      return (state?.password?.ratedAt ?? '') > after;
    },
    { what: 'the submitted password to be checked', timeout: 30_000 },
  );
  await page.close();
}

/**
 * Opens a vendor page, as the first of its vendor in a browser session, and waits until HomeGuard
 * runs in it (content scripts start at document idle; its neutral banner shows then).
 */
async function openVendorPage(session: ExtensionSession, page: Page, url: string): Promise<void> {
  await forgetGreetings(session);
  await page.goto(url, { waitUntil: 'load' });
  await waitForBanner(page);
}

async function signIn(session: ExtensionSession, page: Page, email: string, password: string): Promise<void> {
  await openVendorPage(session, page, 'https://ring.com/users/sign_in');
  await page.type('#user_email', email);
  await page.type('#user_password', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
}

describe.each(BROWSER_KINDS)('%s', (kind) => {
  describe('a typed and submitted password', () => {
    const CANARY = `Canary-${kind}-${Date.now().toString(36)}-q9Z!`;
    const logDir = mkdtempSync(join(tmpdir(), 'homeguard-netlog-'));
    const netLog = join(logDir, kind === 'chromium' ? 'netlog.json' : 'http.log');
    let stored = '';
    let server: FixtureServer;

    beforeAll(async () => {
      const launched = await launch(kind, { netLog });
      server = launched.server;
      const { session } = launched;
      const page = await session.browser.newPage();
      await signIn(session, page, 'canary.owner@example.com', CANARY);
      expect(page.url()).toBe('https://account.ring.com/account/dashboard');
      await passwordRated(session, 'ring');
      stored = await dumpStorage(session);
      await session.close(); // the browsers finish their network logs on exit
      await server.close();
    });

    it('was checked: a verdict is stored for the vendor', () => {
      expect(stored).toContain('"password":{');
      expect(stored).toMatch(/"breach":\{"status":"off"\}/);
    });

    it('is nowhere in storage: not the password, its SHA-1 (any case) or its base64', () => {
      const sha1 = sha1Upper(CANARY);
      for (const secret of [CANARY, sha1, sha1.toLowerCase(), Buffer.from(CANARY).toString('base64')]) {
        expect(stored).not.toContain(secret);
      }
    });

    it('went over the network only in the vendor’s own login form, and nothing went to the breach API', () => {
      // The vendor's own login form posts the password form-encoded; nothing else may carry it.
      const formEncoded = new URLSearchParams({ p: CANARY }).toString().slice(2);
      const carrying = server.requests.filter((r) =>
        [CANARY, formEncoded].some((secret) => `${r.path} ${r.body} ${JSON.stringify(r.headers)}`.includes(secret)),
      );
      expect(carrying.map((r) => `${r.method} ${r.host}${r.path}`)).toEqual(['POST ring.com/users/sign_in']);
      expect(server.requests.filter((r) => r.host === HIBP_HOST)).toEqual([]);
    });

    it('caused no request that left loopback (the browser’s own log of every request)', () => {
      const urls = requestedUrls(kind, netLog);
      expect(urls.some((url) => url.startsWith('https://ring.com/users/sign_in'))).toBe(true); // the log works
      expect(unexpectedHosts(urls, [...server.hosts, '127.0.0.1'])).toEqual([]);
      expect(urls.filter((url) => url.includes(HIBP_HOST))).toEqual([]);
    });
  });

  describe('the meter and the checks', () => {
    let server: FixtureServer;
    let session: ExtensionSession;

    beforeAll(async () => {
      ({ server, session } = await launch(kind, { allowed: BREACH_ACCESS }));
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('rates a new password as it is typed, under the field', async () => {
      const page = await session.browser.newPage();
      await openVendorPage(session, page, 'https://ring.com/users/sign_up');
      await page.type('#user_email', 'alice@example.com');
      await page.type('#user_password', 'password');
      const leaked = await waitForMeter(page, 0);
      // "password" is in the leaked lists, checked on the device: the meter says so.
      expect(leaked.text).toContain('Found in lists of leaked passwords');
      expect(
        await page.$eval('homeguard-ui[data-homeguard="password-meter"]', (host) => host.previousElementSibling?.id),
      ).toBe('user_password');
      await page.click('#user_password', { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type('#user_password', 'vivid-otter-cinema-harbor-42');
      const meter = await waitForMeter(page, 4);
      expect(meter.text).toContain('Very strong');
      if (kind === 'chromium') {
        await page.click('#user_password', { count: 3 });
        await page.type('#user_password', 'password1');
        await waitForMeter(page, 0);
        await saveScreenshot(page, 'meter-sign-up', { width: 900, height: 620 });
      }
      // Only the new-password field gets a meter, not its confirmation, and the login form none.
      expect(await page.$$eval('homeguard-ui[data-homeguard="password-meter"]', (hosts) => hosts.length)).toBe(1);
      await page.close();
    });

    it('nudges after a weak password is used to sign in', async () => {
      const page = await session.browser.newPage();
      await signIn(session, page, 'bob@example.com', 'ring1234');
      const banner = await waitForBanner(page, 'password-weak');
      expect(banner.text).toContain('This password is too easy to guess');
      if (kind === 'chromium') await saveScreenshot(page, 'banner-weak-password', { width: 1000, height: 420 });
      await page.close();
    });

    it('warns after signing in with a password from the leaked lists, found on the device', async () => {
      const page = await session.browser.newPage();
      const before = server.requests.length;
      await signIn(session, page, 'erin@example.com', 'password1');
      const banner = await waitForBanner(page, 'password-leaked');
      expect(banner.text).toContain('lists of leaked passwords');
      // Nothing but the vendor's own pages was asked for: the list is in the extension.
      expect(server.requests.slice(before).filter((r) => r.host === HIBP_HOST)).toEqual([]);
      await page.close();
    });

    it('warns in the page about reuse without naming the other vendor', async () => {
      const shared = 'Shared-Across-Vendors-77!';
      const wyze = await session.browser.newPage();
      await openVendorPage(session, wyze, 'https://auth.wyze.com/login');
      await wyze.type('input[name="email"]', 'carol@example.com');
      await wyze.type('input[name="password"]', shared);
      await wyze.click('button[type="submit"]');
      await passwordRated(session, 'wyze');
      const ring = await session.browser.newPage();
      await signIn(session, ring, 'carol@example.com', shared);
      const banner = await waitForBanner(ring, 'password-reused');
      const text = banner.text;
      expect(text).toContain('also used on another of your accounts');
      expect(text).not.toMatch(/wyze/i);
      // The popup, the extension's own page, names both accounts.
      const popup = await openPopupFor(session, 'https://account.ring.com/*');
      await popup.waitForSelector('li[data-vendor="ring"] [data-fact="reused"]');
      expect(await popup.$eval('li[data-vendor="ring"] [data-fact="reused"]', (el) => el.textContent)).toBe(
        'Same password as Wyze',
      );
      expect(await popup.$eval('li[data-vendor="wyze"] [data-fact="reused"]', (el) => el.textContent)).toBe(
        'Same password as Ring',
      );
      expect(await popup.$eval('li[data-vendor="ring"] [data-fact="breach"]', (el) => el.textContent)).toBe(
        'Breach check is off',
      );
      if (kind === 'chromium') await saveScreenshot(popup, 'popup-passwords');
      await Promise.all([wyze.close(), ring.close(), popup.close()]);
    });

    it('with the breach check on, sends only the 5-character prefix and warns about a breached password', async () => {
      const options = await session.openExtensionPage('src/options/index.html');
      const toggle = await options.waitForSelector('input[name="breachCheck"]:not([disabled])');
      await toggle!.click();
      // On for this device only: the opt-in lives in storage.local, never in the synced settings.
      await waitFor(async () => JSON.stringify(await readStorage(options, 'local')).includes('"breachCheck":true'), {
        what: 'the breach check to be on',
      });
      expect(JSON.stringify(await readStorage(options, 'sync'))).not.toContain('breachCheck');
      const page = await session.browser.newPage();
      await signIn(session, page, 'dave@example.com', 'P@ssw0rd');
      const banner = await waitForBanner(page, 'password-breached');
      expect(banner.text).toContain('52,579');
      const calls = server.requests.filter((r) => r.host === HIBP_HOST);
      expect(calls.map((r) => r.path)).toEqual(['/range/21BD1']);
      expect(calls[0]!.headers['add-padding']).toBe('true');
      expect(JSON.stringify(calls)).not.toContain(sha1Upper('P@ssw0rd').slice(5));
      expect(await dumpStorage(session)).not.toContain(sha1Upper('P@ssw0rd'));
      await options.bringToFront(); // back to the settings tab to turn it off again
      await toggle!.click();
      await Promise.all([options.close(), page.close()]);
    });
  });
});
