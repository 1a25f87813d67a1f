/**
 * The built, unmodified extension in Debian's Chromium and Firefox ESR, on fixture pages served
 * under the vendors' real hostnames.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, openPopupFor, readStorage } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { clickUi, readUi, waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { framesDrawn, waitFor } from '../harness/wait';
import { VENDORS } from '../../src/vendors';

/**
 * Runs inside an extension page: how many other extension views show the loaded checkup
 * (a toolbar popup or a tab); closes them when asked.
 */
function openCheckups(close: boolean): number {
  type ExtensionApi = { extension: { getViews(): Window[] } };
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const views = (scope.browser ?? scope.chrome).extension
    .getViews()
    .filter((view) => view !== window && view.location.pathname.endsWith('/src/popup/index.html'))
    .filter((view) => view.document.querySelector('.current') !== null);
  if (close) for (const view of views) view.close();
  return views.length;
}

/** Names of the content-script worlds Chromium creates in a page (puppeteer's own excluded). */
async function watchIsolatedWorlds(page: Page): Promise<string[]> {
  const names: string[] = [];
  const cdp = await page.createCDPSession();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && !context.name.startsWith('__puppeteer')) names.push(context.name);
  });
  await cdp.send('Runtime.enable');
  return names;
}

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);

  async function openPage(url: string): Promise<Page> {
    const page = await env.session.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it('shows the banner, in a shadow root, on a vendor page', async () => {
    const page = await openPage('https://ring.com/users/sign_in');
    const banner = await waitForBanner(page);
    expect(banner.text).toContain('HomeGuard is checking your Ring account.');
    // The page sees a host element and nothing inside it: the shadow root is closed.
    const host = await page.evaluate(() => {
      const el = document.querySelector('homeguard-ui');
      return { shadowRoot: el?.shadowRoot ?? null, lightChildren: el?.children.length, text: el?.textContent };
    });
    expect(host).toEqual({ shadowRoot: null, lightChildren: 0, text: '' });
    expect(await page.$$eval('homeguard-ui', (els) => els.length)).toBe(1);
    await page.close();
  });

  it('greets once per vendor in a browser session: its later pages stay quiet, though HomeGuard runs there', async () => {
    const first = await openPage('https://ring.com/users/sign_in');
    await waitForBanner(first, 'checkup');
    const options = await env.session.openExtensionPage('src/options/index.html');
    const pages = async () =>
      Object.entries(await readStorage(options, 'session'))
        .filter(([key]) => key.startsWith('page.'))
        .map(([, page]) => page as { page: string; vendorId: string; greets: boolean; shown: string | null });
    const before = (await pages()).map((p) => p.page);
    const later = await env.session.browser.newPage();
    // Counts every HomeGuard host the page ever gets, from before the content script runs.
    await later.evaluateOnNewDocument(() => {
      const scope = window as unknown as { homeguardHosts: number };
      scope.homeguardHosts = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes) if (node.nodeName === 'HOMEGUARD-UI') scope.homeguardHosts += 1;
      }).observe(document, { childList: true, subtree: true });
    });
    await later.goto('https://account.ring.com/account/dashboard', { waitUntil: 'load' });
    const fresh = async () => (await pages()).filter((p) => !before.includes(p.page));
    await waitFor(async () => (await fresh()).length > 0, { what: 'the later page' });
    const [taken] = await fresh();
    expect(taken).toMatchObject({ vendorId: 'ring', greets: false });
    // The app's next route is decided after this page's banner: once the background has the
    // route, the page's own banner (none) was decided and delivered.
    await later.evaluate(() => {
      history.pushState({}, '', '/account/settings');
      document.body.append(document.createElement('p'));
    });
    await waitFor(async () => (await fresh()).some((p) => p.page !== taken!.page), { what: 'the next route' });
    expect(await later.evaluate(() => (window as unknown as { homeguardHosts: number }).homeguardHosts)).toBe(0);
    // The first page keeps its banner; another vendor's first page greets.
    expect((await readUi(first)).map((ui) => ui.name)).toEqual(['banner']);
    const wyze = await openPage('https://auth.wyze.com/login');
    expect((await waitForBanner(wyze, 'checkup')).text).toContain('your Wyze account');
    await Promise.all([first.close(), later.close(), wyze.close(), options.close()]);
  });

  it('names the vendor of each of its hosts, including a single-page app that renders late', async () => {
    for (const [url, name] of [
      ['https://account.ring.com/account/dashboard', 'Ring'],
      ['https://auth.wyze.com/login', 'Wyze'],
      ['https://my.arlo.com/', 'Arlo'],
    ]) {
      const page = await openPage(url!);
      const banner = await waitForBanner(page);
      expect(banner.text).toContain(`your ${name} account`);
      await page.close();
    }
  });

  it('does nothing on a page that is not a vendor site', async () => {
    const page = await env.session.browser.newPage();
    const vendorPage = await env.session.browser.newPage();
    const worlds = kind === 'chromium' ? await watchIsolatedWorlds(page) : [];
    const vendorWorlds = kind === 'chromium' ? await watchIsolatedWorlds(vendorPage) : [];
    await page.goto('https://example.com/', { waitUntil: 'load' });
    expect(await page.title()).toBe('Example Domain');
    // A vendor page loaded afterwards gets its banner: the extension is running.
    await vendorPage.goto('https://ring.com/users/sign_in', { waitUntil: 'load' });
    await waitForBanner(vendorPage);
    expect(await page.$('homeguard-ui')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/homeguard/i);
    if (kind === 'chromium') {
      expect(vendorWorlds).toContain('HomeGuard'); // the check can see a content script...
      expect(worlds).toEqual([]); // ...and there is none on example.com
    }
    await Promise.all([page.close(), vendorPage.close()]);
  });

  it('lists the visited vendor in the popup and names the current tab’s vendor', async () => {
    const vendorPage = await openPage('https://account.ring.com/account/dashboard');
    await waitForBanner(vendorPage);
    const popup = await openPopupFor(env.session, 'https://account.ring.com/*');
    await popup.waitForSelector('.current[data-vendor="ring"]');
    expect(await popup.$eval('.current', (el) => el.textContent)).toBe('This tab is your Ring account.');
    const seen = await popup.$$eval('.vendors li', (items) => items.map((li) => li.getAttribute('data-vendor')));
    expect(seen).toEqual(expect.arrayContaining(['ring', 'wyze', 'arlo']));
    expect(seen[0]).toBe('ring'); // most recent first
    await Promise.all([popup.close(), vendorPage.close()]);
  });

  it('opens the checkup from the banner', async () => {
    const observer = await env.session.openExtensionPage('src/popup/index.html');
    // The checkup opens as the toolbar popup where the browser allows it, else in a tab.
    expect(await observer.evaluate(openCheckups, false)).toBe(0);
    const page = await openPage('https://auth.wyze.com/login');
    await clickUi(page, 'Open the checkup');
    await observer.waitForFunction(openCheckups, { polling: 100 }, true);
    await Promise.all([observer.close(), page.close()]);
  });

  it('hides the banner with its close button', async () => {
    const page = await openPage('https://ring.com/users/sign_in');
    await waitForBanner(page);
    await clickUi(page, 'Hide this notice'); // the close button, by its accessible name
    await page.waitForFunction(() => document.querySelector('homeguard-ui') === null);
    await page.close();
  });

  it('shows every vendor’s track record, the current tab’s vendor first and open, with sources', async () => {
    const vendorPage = await openPage('https://auth.wyze.com/login');
    const popup = await openPopupFor(env.session, 'https://auth.wyze.com/*');
    await popup.click('button[data-view="vendors"]');
    await popup.waitForSelector('.reputation > li');
    const ids = await popup.$$eval('.reputation > li', (items) => items.map((li) => li.getAttribute('data-vendor')));
    expect(ids[0]).toBe('wyze');
    expect([...ids].sort()).toEqual(VENDORS.map((v) => v.id).sort());
    const wyze = await popup.$eval('.reputation > li[data-vendor="wyze"] details', (details) => ({
      open: details.open,
      methods: details.querySelector('[data-fact="methods"]')?.textContent,
      incidents: [...details.querySelectorAll('.incidents li')].map((li) => ({
        text: li.textContent,
        href: li.querySelector('a')?.getAttribute('href'),
      })),
    }));
    expect(wyze.open).toBe(true);
    expect(wyze.methods).toContain('Authenticator app');
    expect(wyze.incidents.length).toBeGreaterThan(0);
    for (const incident of wyze.incidents) expect(incident.href).toMatch(/^https:\/\//);
    if (kind === 'chromium') await saveScreenshot(popup, 'popup-vendors');
    await Promise.all([popup.close(), vendorPage.close()]);
  });

  it('turns in-page notices off and on from the options page, and credits its data sources', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    const toggle = await options.waitForSelector('input[name="bannersEnabled"]:not([disabled])');
    expect(await toggle!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval('.sources', (el) => el.textContent)).toContain('2FA Directory');
    await toggle!.click();
    await options.waitForFunction(
      () => !document.querySelector<HTMLInputElement>('input[name="bannersEnabled"]')!.checked,
    );

    const visits = async () =>
      ((await readStorage(options, 'local', ['vendor.ring']))['vendor.ring'] as { visits: number }).visits;
    const before = await visits();
    const quiet = await openPage('https://ring.com/users/sign_in');
    // The visit is still recorded, but no notice is shown.
    await waitFor(async () => (await visits()) > before, { what: 'the visit to be recorded' });
    await framesDrawn(quiet);
    expect(await quiet.$('homeguard-ui')).toBeNull();
    await quiet.close();

    await options.bringToFront();
    await toggle!.click();
    await options.waitForFunction(
      () => document.querySelector<HTMLInputElement>('input[name="bannersEnabled"]')!.checked,
    );
    if (kind === 'chromium') await saveScreenshot(options, 'options', { width: 760, height: 520 });
    await options.close();
    const loud = await openPage('https://ring.com/users/sign_in');
    await waitForBanner(loud);
    await loud.close();
  });
});
