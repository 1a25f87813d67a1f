/**
 * The router check and the look-alike warning: nothing at all while they are off, and, turned on
 * in the settings, a factory-password warning on a router admin page and a strong warning on a
 * phishing copy of a vendor login. Turning them on asks for optional access; the user allows it
 * (Firefox: by preference; Chromium: recorded in the profile, see harness/chromium-profile.ts).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { routerMatches } from '../../src/shared/router-hosts';
import { ALL_SITES, RANGE_API_ORIGIN } from '../../src/shared/optional-origins';
import { BROWSER_KINDS, openPopupFor, registeredScripts as registered, tabIdFor } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

/**
 * The features' own registrations. With access to every site the vendors added since the first
 * release run too (their hosts are covered), so they are left out here.
 */
async function featureScripts(page: Page): Promise<string[]> {
  return (await registered(page)).filter((id) => !id.startsWith('homeguard-vendor-'));
}

/** Everything the two features, and the breach check that shares the settings page, can ask for. */
const FEATURE_ACCESS = { permissions: ['scripting'], origins: [...routerMatches([]), ...ALL_SITES, RANGE_API_ORIGIN] };

describe.each(BROWSER_KINDS)('%s, features off', (kind) => {
  const env = useExtension(kind);

  it('does nothing on router pages or look-alikes while the features are off', async () => {
    const router = await env.session.browser.newPage();
    await router.goto('https://routerlogin.net/', { waitUntil: 'load' });
    const phish = await env.session.browser.newPage();
    await phish.goto('https://ring-account-login.com/', { waitUntil: 'load' });
    await phish.type('input[name="password"]', 'password');
    // The extension is running: a vendor page gets its banner.
    const vendor = await env.session.browser.newPage();
    await vendor.goto('https://ring.com/users/sign_in', { waitUntil: 'load' });
    await waitForBanner(vendor);
    const options = await env.session.openExtensionPage('src/options/index.html');
    expect(await registered(options)).toEqual([]);
    for (const page of [router, phish]) expect(await page.$('homeguard-ui')).toBeNull();
    await Promise.all([router.close(), phish.close(), vendor.close(), options.close()]);
  });
});

describe.each(BROWSER_KINDS)('%s, features turned on', (kind) => {
  const env = useExtension(kind, { allowed: FEATURE_ACCESS });
  it('warns about a router’s factory password, keeps only the verdict, and lists it in the checkup', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    await (await options.waitForSelector('input[name="routerCheck"]:not([disabled])'))!.click();
    await waitFor(async () => (await registered(options)).includes('homeguard-router'), {
      what: 'the router check to start',
    });
    const page = await env.session.browser.newPage();
    await page.goto('https://routerlogin.net/', { waitUntil: 'load' });
    // A password not in the list is never called safe.
    await page.type('#pass', 'Not-In-The-List-71');
    await page.keyboard.press('Tab'); // leaving the field compares it
    const notListed = await waitForBanner(page, 'router-not-listed');
    expect(notListed.text).toContain('That does not make it safe');
    expect(notListed.text).toContain('ADVANCED > Administration > Set Password');
    await page.click('#pass', { count: 3 });
    await page.type('#pass', 'password');
    await page.keyboard.press('Tab');
    const banner = await waitForBanner(page, 'router-default');
    expect(banner.text).toContain('factory password of Netgear routers');
    // No checked Netgear guide exists, so no link is made up; Netgear's manual names the place.
    expect(banner.controls.filter((c) => c.tag === 'a')).toEqual([]);
    expect(banner.text).toContain("Netgear's manual puts this setting under ADVANCED > Administration > Set Password.");
    // A brand with its own guide gets a link to it.
    const tplink = await env.session.browser.newPage();
    await tplink.goto('https://tplinkwifi.net/', { waitUntil: 'load' });
    await tplink.type('#pc-login-password', 'admin');
    await tplink.keyboard.press('Tab');
    const tplinkBanner = await waitForBanner(tplink, 'router-default');
    expect(tplinkBanner.controls.find((c) => c.tag === 'a')?.href).toBe('https://www.tp-link.com/id/support/faq/73');
    if (kind === 'chromium') await saveScreenshot(tplink, 'banner-router-default', { width: 1000, height: 420 });
    await tplink.close();
    const stored = await options.evaluate(async () => {
      type Api = { storage: { local: { get(k: null): Promise<unknown> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return JSON.stringify(await (scope.browser ?? scope.chrome).storage.local.get(null));
    });
    expect(stored).toContain('"defaultPassword":true');
    expect(stored).not.toContain('"password"');
    const popup = await openPopupFor(env.session, 'https://ring.com/*').catch(() =>
      env.session.openExtensionPage('src/popup/index.html'),
    );
    await popup.waitForSelector('.item[data-item="router-password"][data-status="todo"]');
    // The checkup links the last checked brand's guide (TP-Link's).
    expect(await popup.$eval('.item[data-item="router-password"]', (el) => el.innerHTML)).toContain(
      'https://www.tp-link.com/id/support/faq/73',
    );
    await Promise.all([popup.close(), page.close(), options.close()]);
  });

  it('warns strongly on a page that imitates a vendor login, naming the real site', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    await (await options.waitForSelector('input[name="lookalikeWarnings"]:not([disabled])'))!.click();
    await waitFor(async () => (await registered(options)).includes('homeguard-lookalike'), {
      what: 'the warning to start',
    });
    const page = await env.session.browser.newPage();
    await page.goto('https://ring-account-login.com/', { waitUntil: 'load' });
    const banner = await waitForBanner(page, 'lookalike');
    expect(banner.text).toContain("Ring's real site is ring.com");
    expect(banner.controls.find((c) => c.tag === 'a')?.href).toBe('https://ring.com/');
    if (kind === 'chromium') await saveScreenshot(page, 'banner-lookalike', { width: 1000, height: 420 });
    // The page removes the warning: it comes back.
    await page.evaluate(() => document.querySelectorAll('homeguard-ui').forEach((host) => host.remove()));
    expect((await waitForBanner(page, 'lookalike')).text).toContain("Ring's real site is ring.com");
    // And it shows where the page cannot reach it: the tab's toolbar badge and the popup's first line.
    const tabId = await tabIdFor(options, 'https://ring-account-login.com/*');
    const badge = () =>
      options.evaluate(async (id) => {
        type Action = {
          action: {
            getBadgeText(d: { tabId: number }): Promise<string>;
            getTitle(d: { tabId: number }): Promise<string>;
          };
        };
        const scope = globalThis as unknown as { browser?: Action; chrome: Action };
        const api = (scope.browser ?? scope.chrome).action;
        return { text: await api.getBadgeText({ tabId: id }), title: await api.getTitle({ tabId: id }) };
      }, tabId);
    await waitFor(async () => (await badge()).text === '!', { what: 'the look-alike badge' });
    expect((await badge()).title).toContain('imitates Ring — the real site is ring.com');
    const popup = await openPopupFor(env.session, 'https://ring-account-login.com/*');
    const alert = await popup.waitForSelector('.lookalike-alert');
    expect(await alert!.evaluate((el) => el.textContent)).toContain(
      'This page imitates Ring — the real site is ring.com',
    );
    expect(await popup.$eval('.lookalike-alert a', (a) => (a as HTMLAnchorElement).href)).toBe('https://ring.com/');
    if (kind === 'chromium') await saveScreenshot(popup, 'popup-lookalike', { width: 380, height: 420 });
    await popup.close();
    // A page that names the vendor only on its next route is checked again.
    const late = await env.session.browser.newPage();
    await late.goto('https://smart-cam-deals.net/', { waitUntil: 'load' });
    await late.click('button');
    expect((await waitForBanner(late, 'lookalike')).text).toContain("Wyze's real site is wyze.com");
    await late.close();
    // Never on the real vendor site, nor on an ordinary page.
    const real = await env.session.browser.newPage();
    await real.goto('https://ring.com/users/sign_in', { waitUntil: 'load' });
    await waitForBanner(real, 'checkup');
    await Promise.all([page.close(), real.close(), options.close()]);
  });

  it('gives access back as features are turned off, never what another one still needs', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    const toggle = async (name: string, on: boolean) => {
      await options.bringToFront(); // the settings tab, as the user would
      const box = (await options.waitForSelector(`input[name="${name}"]:not([disabled])`))!;
      if ((await box.evaluate((el) => (el as HTMLInputElement).checked)) !== on) await box.click();
    };
    const held = async (origin: string) => (await permissions(options)).origins.includes(origin);
    const keptNote = 'section[aria-labelledby="lookalike-heading"] [role="status"]';
    for (const name of ['routerCheck', 'lookalikeWarnings', 'breachCheck']) await toggle(name, true);
    await waitFor(async () => (await featureScripts(options)).length === 2, { what: 'both features on' });

    // Firefox gives all-sites access back alone. Chromium would take the router pages' and the
    // range API's access with it, so it keeps it while those are needed, and the page says so.
    await toggle('lookalikeWarnings', false);
    await waitFor(async () => (await featureScripts(options)).join() === 'homeguard-router', {
      what: 'only the router check left',
    });
    if (kind === 'firefox') {
      await waitFor(async () => !(await held('https://*/*')), { what: 'all-sites access to be given back' });
    } else {
      const note = await options.waitForSelector(keptNote);
      expect(await note!.evaluate((el) => el.textContent)).toContain("give back HomeGuard's access to all sites");
      expect(await held('https://*/*')).toBe(true);
    }
    let granted = await permissions(options);
    expect(granted.permissions).toContain('scripting');
    expect(granted.origins).toEqual(
      expect.arrayContaining(['http://routerlogin.net/*', 'https://routerlogin.net/*', RANGE_API_ORIGIN]),
    );
    // The router check still works with what is left.
    const page = await env.session.browser.newPage();
    await page.goto('https://routerlogin.net/', { waitUntil: 'load' });
    await page.type('#pass', 'password');
    await page.keyboard.press('Tab');
    await waitForBanner(page, 'router-default');

    await toggle('routerCheck', false);
    await waitFor(async () => (await featureScripts(options)).length === 0, { what: 'no feature left' });
    await waitFor(async () => !(await permissions(options)).permissions.includes('scripting'), {
      what: 'scripting to be given back',
    });
    expect(await held('http://routerlogin.net/*')).toBe(false);
    expect(await held(RANGE_API_ORIGIN)).toBe(true); // the breach check is still on
    expect(await held('https://*/*')).toBe(kind === 'chromium');

    await toggle('breachCheck', false);
    await waitFor(async () => !(await held(RANGE_API_ORIGIN)) && !(await held('https://*/*')), {
      what: 'the last optional access to be given back',
    });
    await waitFor(async () => (await options.$(keptNote)) === null, { what: 'the note to go' });
    // Only the vendor sites' access is left.
    granted = await permissions(options);
    expect(granted.origins.filter((o) => o.includes('routerlogin') || o.startsWith('http://'))).toEqual([]);

    // And the router page really gets nothing now (a vendor page shows the extension is running).
    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await page.type('#pass', 'password');
    await page.keyboard.press('Tab');
    const vendor = await env.session.browser.newPage();
    await vendor.goto('https://ring.com/users/sign_in', { waitUntil: 'load' });
    await waitForBanner(vendor);
    expect(await page.$('homeguard-ui')).toBeNull();
    await Promise.all([page.close(), vendor.close(), options.close()]);
  });
});

function permissions(page: Page): Promise<{ origins: string[]; permissions: string[] }> {
  return page.evaluate(async () => {
    type Api = { permissions: { getAll(): Promise<{ origins: string[]; permissions: string[] }> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).permissions.getAll();
  });
}
