/**
 * The content script's lifecycle, in both browsers: when the extension is reloaded (as by an
 * update), the copy left in an open vendor page goes quiet and its in-page UI goes, instead of a
 * banner whose buttons can no longer reach anything: Chromium's old copy removes it itself,
 * Firefox's new copy removes what the old one, cut off at once, left.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS } from '../harness/browsers';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);

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
