/**
 * Vendors added since the first release, in both browsers: the installed extension does not hold
 * their hosts (an update that asked for them would disable it in Chrome), the popup offers them,
 * the user's click grants them, and only then does the content script run on their pages; taking
 * the access back in the browser removes it again. The user's "Allow" is a Firefox preference and,
 * in Chromium, an earlier grant recorded in the profile but not held at start
 * (harness/chromium-profile.ts), so the product asks exactly as it would for a user.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_VENDOR_ACCESS } from '../../src/vendors/optional-vendors';
import { BROWSER_KINDS, forgetGreetings, openPopupFor, readStorage, registeredScripts } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

const access = (id: string) => OPTIONAL_VENDOR_ACCESS.find((a) => a.vendorId === id)!;
const FIRST = OPTIONAL_VENDOR_ACCESS[0]!;
const SECOND = OPTIONAL_VENDOR_ACCESS[1]!;
const ALLOWABLE = {
  permissions: ['scripting'],
  origins: OPTIONAL_VENDOR_ACCESS.flatMap((a) => a.origins),
  heldAtStart: false,
};

/** Whether the extension holds these hosts now, asked from one of its pages. */
function holds(page: Page, origins: string[]): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    type Api = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).permissions.contains({ origins: wanted });
  }, origins);
}

/** Takes access back as the browser's own settings would (the extension's page calls remove). */
function giveBack(page: Page, origins: string[]): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    type Api = { permissions: { remove(p: { origins: string[] }): Promise<boolean> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).permissions.remove({ origins: wanted });
  }, origins);
}

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind, { allowed: ALLOWABLE });

  it('holds no host added since the first release at install, and offers the first of them', async () => {
    expect(FIRST.vendorId).toBe('alarm-com');
    const popup = await env.session.openExtensionPage('src/popup/index.html');
    for (const vendor of OPTIONAL_VENDOR_ACCESS)
      expect(await holds(popup, vendor.origins), vendor.vendorId).toBe(false);
    expect(await registeredScripts(popup)).toEqual([]);
    const offer = await popup.waitForSelector(`.access-offer[data-vendor="${FIRST.vendorId}"]`);
    expect(await offer!.evaluate((el) => el.textContent)).toMatch(/HomeGuard now knows Alarm\.com.*alarm\.com/s);
    if (kind === 'chromium') {
      await offer!.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await saveScreenshot(popup, 'popup-access-offer', { width: 400, height: 320 });
    }
    await popup.close();
  });

  it('runs on the vendor’s pages once the user allows it in the popup, and stops when access is taken back', async () => {
    const popup = await env.session.openExtensionPage('src/popup/index.html');
    const allow = await popup.waitForSelector(`.access-offer[data-vendor="${FIRST.vendorId}"] [data-answer="allow"]`);
    await allow!.click();
    await waitFor(async () => holds(popup, FIRST.origins), { what: `${FIRST.vendorId}'s hosts to be granted` });
    await waitFor(async () => (await registeredScripts(popup)).includes(`homeguard-vendor-${FIRST.vendorId}`), {
      what: 'the content script to be registered',
    });
    // The next vendor is offered now; the first is not any more.
    await popup.waitForSelector(`.access-offer[data-vendor="${SECOND.vendorId}"]`);

    const page = await env.session.browser.newPage();
    await page.goto('https://www.alarm.com/login', { waitUntil: 'load' });
    const banner = await waitForBanner(page);
    expect(banner.text).toContain('your Alarm.com account');
    const tabPopup = await openPopupFor(env.session, 'https://www.alarm.com/*');
    await tabPopup.waitForSelector('.current[data-vendor="alarm-com"]');
    await tabPopup.close();

    expect(await giveBack(popup, FIRST.origins)).toBe(true);
    await waitFor(async () => !(await registeredScripts(popup)).includes(`homeguard-vendor-${FIRST.vendorId}`), {
      what: 'the content script to be unregistered',
    });
    await Promise.all([page.close(), popup.close()]);
  });

  it('remembers "Not now" and offers the next vendor', async () => {
    const popup = await env.session.openExtensionPage('src/popup/index.html');
    const shown = await popup.waitForSelector('.access-offer');
    const vendorId = await shown!.evaluate((el) => el.getAttribute('data-vendor'));
    await popup.click('.access-offer [data-answer="later"]');
    await waitFor(
      async () =>
        popup.evaluate((id) => document.querySelector('.access-offer')?.getAttribute('data-vendor') !== id, vendorId),
      { what: 'the next offer' },
    );
    expect((await readStorage(popup, 'local', ['declinedAccess'])).declinedAccess).toContain(vendorId);
    expect(await holds(popup, access(vendorId!).origins)).toBe(false);
    await popup.close();
  });

  it('runs on every newly added vendor’s own pages once allowed in the settings, under its true name', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    for (const vendor of OPTIONAL_VENDOR_ACCESS) {
      const toggle = await options.waitForSelector(`.vendor-access [data-vendor="${vendor.vendorId}"] input`);
      if (!(await toggle!.evaluate((el) => (el as HTMLInputElement).checked))) await toggle!.click();
      await waitFor(async () => holds(options, vendor.origins), { what: `${vendor.vendorId} allowed` });
    }
    const withPages = OPTIONAL_VENDOR_ACCESS.filter((a) => a.matches.length > 0);
    await waitFor(async () => (await registeredScripts(options)).length === withPages.length, {
      what: 'every vendor page registered',
    });
    for (const [url, name] of [
      ['https://www.amazon.com/ap/signin', 'Amazon'],
      ['https://auth.netatmo.com/en-us/access/login', 'Netatmo'],
      ['https://account.xiaomi.com/pass/serviceLogin', 'Xiaomi Home'],
      ['https://account.vivint.com/', 'Vivint'],
      ['https://www.hik-connect.com/', 'Hik-Connect (Hikvision)'],
    ] as const) {
      const page = await env.session.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const banner = await waitForBanner(page);
      expect(banner.text, url).toContain(`your ${name} account`);
      await page.close();
    }
    // The Google Account's own 2-Step Verification page, for a migrated Nest account: read as off.
    {
      const page = await env.session.browser.newPage();
      await page.goto('https://myaccount.google.com/signinoptions/two-step-verification', { waitUntil: 'load' });
      const banner = await waitForBanner(page, 'two-factor-off');
      expect(banner.text).toContain('Two-step sign-in is off');
      await page.close();
    }
    // Amazon's own 2-Step Verification page: read, and the popup says so (Amazon greets again).
    await forgetGreetings(env.session);
    const amazon = await env.session.browser.newPage();
    await amazon.goto('https://www.amazon.com/a/settings/approval', { waitUntil: 'load' });
    await waitForBanner(amazon);
    const popup = await openPopupFor(env.session, 'https://www.amazon.com/*');
    await popup.waitForSelector('li[data-vendor="amazon"] [data-fact="two-factor"][data-status="on"]');
    // A shop page on the same host is not Amazon's account page: no content script there.
    await amazon.goto('https://www.amazon.com/', { waitUntil: 'load' }).catch(() => undefined);
    expect(await amazon.$$eval('homeguard-ui', (els) => els.length)).toBe(0);
    await Promise.all([popup.close(), amazon.close(), options.close()]);
  });
});
