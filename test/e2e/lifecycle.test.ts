/**
 * The content script's lifecycle, in both browsers: when the extension is reloaded (as by an
 * update), the copy left in an open vendor page goes quiet and its in-page UI goes, instead of a
 * banner whose buttons can no longer reach anything: Chromium's old copy removes it itself,
 * Firefox's new copy removes what the old one, cut off at once, left. And when a single-page app
 * moves to another route, the features are torn down and started again for the new address.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, readStorage } from '../harness/browsers';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);

  it('tears its features down and starts them again when a single-page app changes route', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://ring.com/users/sign_up', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.click('#user_password'); // the sign-up page's new-password field gets its meter
    await page.waitForSelector('homeguard-ui[data-homeguard="password-meter"]');
    const oldBanner = (await page.$('homeguard-ui[data-homeguard="banner"]'))!;
    const meter = (await page.$('homeguard-ui[data-homeguard="password-meter"]'))!;
    // The app moves to its sign-in route without loading a page, and renders it.
    await page.evaluate(() => {
      history.pushState({}, '', '/users/sign_in');
      document.querySelector('h1')?.replaceChildren('Sign in');
    });
    await waitFor(async () => meter.evaluate((el) => !el.isConnected), { what: `the sign-up meter to go (${kind})` });
    await waitFor(async () => oldBanner.evaluate((el) => !el.isConnected), { what: `the old route's banner to go` });
    // The features of the new route run: the background was told of a new page, a route of the
    // same visit, and the sign-in field gets no meter.
    const options = await env.session.openExtensionPage('src/options/index.html');
    const tabPage = async () =>
      Object.entries(await readStorage(options, 'session')).find(([key]) => key.startsWith('page.'))?.[1] as
        { route: boolean; vendorId: string } | undefined;
    await waitFor(async () => (await tabPage())?.route === true, { what: `the new route to be told (${kind})` });
    expect(await tabPage()).toMatchObject({ vendorId: 'ring', route: true });
    await page.bringToFront();
    await page.click('#user_password');
    await page.keyboard.type('x');
    expect(await page.$$('homeguard-ui[data-homeguard="password-meter"]')).toHaveLength(0);
    await options.close();
    await page.close();
  });

  // Last: in Chromium an extension the automation installed does not come back from a reload.
  it('removes the old copy’s banner when the extension is reloaded', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://ring.com/users/sign_in', { waitUntil: 'load' });
    await waitForBanner(page);
    const old = (await page.$('homeguard-ui'))!;
    expect(old).not.toBeNull();
    const options = await env.session.openExtensionPage('src/options/index.html');
    // The extension reloads itself, as an update does; its own page goes with it.
    await options
      .evaluate(() => {
        type Api = { runtime: { reload(): void } };
        const scope = globalThis as unknown as { browser?: Api; chrome: Api };
        (scope.browser ?? scope.chrome).runtime.reload();
      })
      .catch(() => undefined);
    await waitFor(async () => old.evaluate((el) => !el.isConnected), { what: `the old banner to go (${kind})` });
    // Chromium does not inject the new version into open pages; Firefox does, and that copy
    // shows its own banner, once.
    if (kind === 'firefox') await waitForBanner(page);
    expect(await page.$$eval('homeguard-ui', (els) => els.length)).toBe(kind === 'chromium' ? 0 : 1);
    await page.close();
  });
});
