/**
 * Knowing the account's real state, in both browsers: a user signs in, passes the 2FA challenge,
 * opens the vendor's settings, and the popup shows what HomeGuard learned; single-page apps,
 * the one-banner policy, snooze and "not on this site".
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_KINDS, answerMuteConfirmation, forgetGreetings, openPopupFor, readStorage } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { clickUi, currentBanner, readUi, waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { framesDrawn, waitFor } from '../harness/wait';

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);

  it('learns 2FA from the login flow, then from the settings page, and shows it in the popup', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://home.nest.com/login', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.waitForSelector('#email'); // the sign-in form arrives late
    await page.type('#email', 'elena.fischer@example.com');
    await page.type('#password', 'Fischer-Home-2025!');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form button[type="submit"]')]);
    expect(page.url()).toBe('https://home.nest.com/2sv');

    const popup = await openPopupFor(env.session, 'https://home.nest.com/*');
    await popup.waitForSelector('li[data-vendor="google-nest"] [data-fact="two-factor"][data-status="on"]');
    expect(await popup.$eval('li[data-vendor="google-nest"] [data-fact="two-factor"]', (el) => el.textContent)).toMatch(
      /On · seen at sign-in/,
    );
    await popup.close();

    await page.goto('https://home.nest.com/settings/account/security', { waitUntil: 'load' });
    const settingsPopup = await openPopupFor(env.session, 'https://home.nest.com/*');
    await settingsPopup.waitForFunction(() =>
      document
        .querySelector('li[data-vendor="google-nest"] [data-fact="two-factor"]')
        ?.textContent?.includes('settings page'),
    );
    expect(
      await settingsPopup.$eval('li[data-vendor="google-nest"] [data-fact="two-factor"]', (el) => el.textContent),
    ).toMatch(/On \(Email code\) · seen on the settings page/);
    await Promise.all([settingsPopup.close(), page.close()]);
  });

  it('points at the vendor’s own 2FA switch when 2FA is off, and drops the warning once it is on', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ui.com/security', { waitUntil: 'load' });
    const banner = await waitForBanner(page, 'two-factor-off');
    expect(banner.text).toContain('Turn it on with the control outlined on this page');
    let ring: Awaited<ReturnType<typeof readUi>>[number] | undefined;
    await waitFor(async () => (ring = (await readUi(page)).find((view) => view.name === 'outline')) !== undefined, {
      what: 'the outline',
    });
    const toggle = await page.$eval('[data-testid="mfa-toggle"]', (el) => el.getBoundingClientRect().toJSON());
    // The outline surrounds the switch without covering it, and lets clicks through.
    expect(ring!.rect.x).toBeLessThan(toggle.left);
    expect(ring!.rect.x + ring!.rect.width).toBeGreaterThan(toggle.right);
    expect(ring!.style.pointerEvents).toBe('none');
    if (kind === 'chromium') await saveScreenshot(page, 'banner-two-factor-off', { width: 1000, height: 360 });

    await page.click('[data-testid="mfa-toggle"]');
    await waitFor(async () => !(await readUi(page)).some((view) => view.name === 'outline'), {
      what: 'the outline to go',
    });
    const popup = await openPopupFor(env.session, 'https://account.ui.com/*');
    await popup.waitForSelector('li[data-vendor="ubiquiti"] [data-fact="two-factor"][data-status="on"]');
    await Promise.all([popup.close(), page.close()]);
  });

  it('follows a single-page app: shared users, then linked assistants, one banner at a time', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ring.com/account/control-center', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.click("nav a[href='/account/control-center/shared-users']");
    const shared = await waitForBanner(page, 'shared-review');
    expect(shared.text).toContain('People with shared access to this account: 2');
    await page.click("nav a[href='/account/control-center/linked-accounts']");
    const linked = await waitForBanner(page, 'voice-linked');
    expect(linked.text).toContain('Linked to this account: Amazon Alexa');
    expect((await readUi(page)).filter((view) => view.name === 'banner')).toHaveLength(1);
    // Nothing in the page names another site or vendor, and no address is kept.
    const popup = await openPopupFor(env.session, 'https://account.ring.com/*');
    const stored = await popup.evaluate(async () => {
      type Api = { storage: { local: { get(k: null): Promise<unknown> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return JSON.stringify(await (scope.browser ?? scope.chrome).storage.local.get(null));
    });
    expect(stored).not.toContain('maya.patel@example.com');
    expect(stored).toContain('"alexa":true');
    await Promise.all([popup.close(), page.close()]);
  });

  it('snoozes a banner for a week, and stops all banners on a site on request', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://account.ui.com/security', { waitUntil: 'load' });
    // The page shows 2FA off again (the test before turned it on, so the stored state changes).
    await waitForBanner(page, 'two-factor-off');
    await clickUi(page, 'Remind me in a week');
    await forgetGreetings(env.session); // the neutral banner, for its "Not on this site"
    await page.reload({ waitUntil: 'load' });
    await waitForBanner(page, 'checkup');

    const options = await env.session.openExtensionPage('src/options/index.html');
    const visits = async () =>
      ((await readStorage(options, 'local', ['vendor.ubiquiti']))['vendor.ubiquiti'] as { visits: number }).visits;
    const muted = async () =>
      ((await readStorage(options, 'local', ['bannerPrefs'])).bannerPrefs as { muted?: string[] } | undefined)?.muted ??
      [];
    await page.bringToFront(); // Chromium does not deliver clicks to a background tab
    // "Not on this site" mutes nothing by itself: the user confirms it on the extension's own page.
    await clickUi(page, 'Not on this site');
    await waitFor(async () => (await readStorage(options, 'session', ['muteRequest'])).muteRequest !== undefined, {
      what: 'the request',
    });
    expect(await muted()).toEqual([]);
    const { heading } = await answerMuteConfirmation(env.session, 'mute', [options, page]);
    expect(heading).toMatch(/^No more HomeGuard banners on Ubiquiti/);
    await waitFor(async () => (await muted()).includes('ubiquiti'), { what: 'the site to be muted' });
    const before = await visits();
    await page.reload({ waitUntil: 'load' });
    // HomeGuard still runs here (the visit is recorded) but shows nothing.
    await waitFor(async () => (await visits()) > before, { what: 'the visit to be recorded' });
    await framesDrawn(page);
    expect(await currentBanner(page)).toBeUndefined();
    await Promise.all([options.close(), page.close()]);
  });
});
