/**
 * Chromium stops an idle MV3 service worker and starts it again on the next event. These tests
 * stop it in the middle of each long flow and check that the flow finishes or is retried and that
 * nothing is lost. (Firefox keeps MV3 backgrounds as event pages that automation cannot stop.)
 * The user has allowed the optional breach check's access (harness/chromium-profile.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  extensionDirFor,
  forgetGreetings,
  launchWithExtension,
  openPopupFor,
  readSecretArea,
  readStorage,
  type ExtensionSession,
} from '../harness/browsers';
import { HIBP_HOST, fakeHibp, sha1Upper } from '../harness/fake-hibp';
import { startFixtureServer, type DynamicHost, type FixtureServer } from '../harness/fixture-server';
import { stopServiceWorker } from '../harness/service-worker';
import { waitForBanner, waitForMeter } from '../harness/shadow';
import { waitFor } from '../harness/wait';

/** The parts of Chromium's extension API these tests call from inside an extension page. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: {
    sendMessage(message: unknown): Promise<{ value: { accounts: Record<string, unknown> } & Record<string, unknown> }>;
  };
};

describe('chromium: the background stopped mid-flow', () => {
  let server: FixtureServer;
  let session: ExtensionSession;
  let probe: Page;
  let stops = 0;

  // The range API holds its first answer until the test lets it go: the worker is stopped while
  // that request is in flight.
  const answerRange = fakeHibp({ 'P@ssw0rd': 52579 });
  let releaseFirstRange: () => void = () => undefined;
  const firstRangeHeld = new Promise<void>((release) => (releaseFirstRange = release));
  let rangeRequests = 0;
  const heldRange: DynamicHost = async (request) => {
    rangeRequests += 1;
    if (rangeRequests === 1) await firstRangeHeld;
    return answerRange(request);
  };

  beforeAll(async () => {
    server = await startFixtureServer(undefined, { [HIBP_HOST]: heldRange });
    session = await launchWithExtension('chromium', {
      extensionDir: extensionDirFor('chromium'),
      port: server.port,
      hosts: server.hosts,
      allowed: { origins: [`https://${HIBP_HOST}/*`] },
    });
    probe = await session.openExtensionPage('src/options/index.html');
  });
  beforeEach(() => forgetGreetings(session)); // each flow starts as in a new browser session
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Stops the extension's service worker, as Chrome does when it is idle. */
  async function stopWorker(): Promise<void> {
    await stopServiceWorker(probe, session.extensionBase);
    stops += 1;
  }

  async function local(key: string): Promise<Record<string, unknown> | undefined> {
    return (await readStorage(probe, 'local', [key]))[key] as Record<string, unknown> | undefined;
  }

  it('mid strength check: the meter still rates what was typed', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://ring.com/users/sign_up', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.type('#user_password', 'vivid-otter-');
    await stopWorker();
    await page.type('#user_password', 'cinema-harbor-42');
    await waitForMeter(page, 4);
    await page.close();
  });

  it('mid reuse fingerprint and breach step: the submitted password is checked after a retry', async () => {
    const page = await session.browser.newPage();
    await page.goto('https://my.arlo.com/spa-login', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.type('input[name="email"]', 'mid@example.com');
    await page.type('input[name="password"]', 'Stopped-Mid-Fingerprint-7!');
    await page.click('button[type="submit"]');
    await stopWorker(); // the checks (zxcvbn, PBKDF2 600,000 rounds, breach verdict) are running now
    await waitFor(async () => (await local('vendor.arlo'))?.password !== undefined, {
      what: 'the retried password check',
      timeout: 30_000,
    });
    expect((await readSecretArea(probe))['fingerprint.arlo']).toMatchObject({ iterations: 600000 });
    await page.close();
  });

  it('mid preparation of stored data: it runs again and repairs without losing anything', async () => {
    const good = { firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z', visits: 9 };
    await probe.evaluate(async (state) => {
      await chrome.storage.local.set({ 'vendor.ring': state, 'vendor.eufy': 'corrupt', junk: 'x'.repeat(2_000_000) });
    }, good);
    await stopWorker();
    const popup = await session.openExtensionPage('src/popup/index.html'); // wakes the worker: preparation starts
    await stopWorker();
    await popup.reload();
    await popup.waitForSelector('.warning');
    expect(await popup.$eval('.warning', (el) => el.textContent)).toContain('vendor.eufy');
    expect(await local('vendor.ring')).toMatchObject({ firstSeen: good.firstSeen, visits: good.visits });
    expect((await readStorage(probe, 'local', ['junk'])).junk).toHaveLength(2_000_000);
    await popup.close();
  });

  it('mid import: the merge is sent again and completes', async () => {
    const accounts = Object.fromEntries(
      ['wyze', 'ecobee', 'canary', 'abode', 'hive', 'lorex', 'swann', 'reolink'].map((id, i) => [
        id,
        { firstSeen: '2026-03-01T00:00:00.000Z', lastSeen: `2026-03-0${i + 1}T00:00:00.000Z`, visits: i + 1 },
      ]),
    );
    const exported = await probe.evaluate(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'data/export', payload: {} });
      return reply.value;
    });
    const file = { ...exported, accounts: { ...exported.accounts, ...accounts } };
    const importing = probe
      .evaluate(async (f) => {
        // The options page retries the same way (shared/messaging.ts): once, after no reply or a failure.
        const ask = () =>
          chrome.runtime.sendMessage({ type: 'data/import', payload: { file: f, apply: true } }).catch(() => undefined);
        return (await ask()) ?? (await ask());
      }, file)
      .catch(() => undefined);
    await stopWorker();
    await importing;
    await waitFor(async () => (await local('vendor.reolink')) !== undefined, {
      what: 'the merged import',
      timeout: 30_000,
    });
    for (const id of Object.keys(accounts))
      expect(await local(`vendor.${id}`), id).toMatchObject({ visits: accounts[id]!.visits });
    expect(await local('vendor.ring')).toMatchObject({ visits: 9 });
  });

  it('mid breach request: the password is checked again and the breach found', async () => {
    await probe.bringToFront();
    await (await probe.waitForSelector('input[name="breachCheck"]:not([disabled])'))!.click();
    await waitFor(async () => JSON.stringify(await readStorage(probe, 'local')).includes('"breachCheck":true'), {
      what: 'the breach check to be on',
    });
    const page = await session.browser.newPage();
    await page.goto('https://my.arlo.com/spa-login', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.type('input[name="email"]', 'breach@example.com');
    await page.type('input[name="password"]', 'P@ssw0rd');
    await page.click('button[type="submit"]');
    await waitFor(() => rangeRequests === 1, { what: 'the range request', timeout: 30_000 });
    await stopWorker(); // the range request is in flight now
    releaseFirstRange();
    await waitFor(async () => JSON.stringify((await local('vendor.arlo'))?.password).includes('"status":"found"'), {
      what: 'the breach verdict after the retry',
      timeout: 30_000,
    });
    expect((await local('vendor.arlo'))?.password).toMatchObject({ breach: { status: 'found', count: 52579 } });
    // The retry asked again with the same 5 characters, and nothing more.
    const paths = server.requests.filter((r) => r.host === HIBP_HOST).map((r) => r.path);
    expect(paths).toEqual(['/range/21BD1', '/range/21BD1']);
    expect(JSON.stringify(server.requests)).not.toContain(sha1Upper('P@ssw0rd').slice(5));
    await page.close();
  });

  it('stopped the worker at every point, and the checkup still opens', async () => {
    expect(stops).toBeGreaterThanOrEqual(6);
    const page = await session.browser.newPage();
    await page.goto('https://account.ring.com/account/dashboard', { waitUntil: 'load' });
    const popup = await openPopupFor(session, 'https://account.ring.com/*');
    await popup.waitForSelector('.current[data-vendor="ring"]');
    await Promise.all([popup.close(), page.close()]);
  });
});
