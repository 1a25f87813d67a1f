/**
 * The checkup in both browsers: the empty state, adding an account, its checklist and
 * walkthroughs, marks, the toolbar badge, import/export/delete, keyboard use and axe-core.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { axeOnHomeGuard, axeViolations } from '../harness/axe';
import { BROWSER_KINDS, openPopupFor, readStorage } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';
import { waitFor } from '../harness/wait';

/** The toolbar badge text, read from inside an extension page. */
function badge(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Api = { action: { getBadgeText(details: object): Promise<string> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).action.getBadgeText({});
  });
}

describe.each(BROWSER_KINDS)('%s', (kind) => {
  const env = useExtension(kind);

  it('explains itself when empty, and adds an account by hand', async () => {
    const popup = await env.session.openExtensionPage('src/popup/index.html');
    await popup.waitForSelector('.empty');
    expect(await popup.$eval('.empty', (el) => el.textContent)).toContain(
      'HomeGuard checks your smart-home and camera accounts',
    );
    expect(await axeViolations(popup)).toEqual([]);
    // The list says which vendors HomeGuard sees on the web and which are app only.
    const tags = await popup.$$eval('#add-vendor-list option', (options) => options.map((o) => o.value));
    expect(tags).toContain('Wyze — seen on the web');
    expect(tags).toContain('Lorex — app only');
    await popup.type('#add-vendor-search', 'no such vendor');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('#add-vendor-missing');
    await popup.$eval('#add-vendor-search', (el) => ((el as HTMLInputElement).value = ''));
    await popup.type('#add-vendor-search', 'wyze'); // by name, any case
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.vendors li[data-vendor="wyze"]');
    expect(await popup.$eval('li[data-vendor="wyze"] .meta', (el) => el.textContent)).toBe('Added by hand');
    // Where it stands in words and counts, never a bare percentage.
    const stand = await popup.$eval('li[data-vendor="wyze"] .standing', (el) => el.textContent ?? '');
    expect(stand).toMatch(/\d+ to do · \d+ to check · \d+ done/);
    expect(stand).not.toMatch(/%/);
    expect(await popup.$eval('li[data-vendor="wyze"] .review', (el) => el.textContent)).toBe('Not reviewed yet');
    await popup.close();
  });

  it('walks through the next step with the vendor’s own places, and marks items done, by keyboard', async () => {
    const popup = await env.session.openExtensionPage('src/popup/index.html');
    const options = await env.session.openExtensionPage('src/options/index.html');
    await waitFor(async () => /^\d+$/.test(await badge(options)), { what: 'the toolbar badge' });
    const before = Number(await badge(options));
    await options.close();
    await popup.bringToFront();

    const open = await popup.waitForSelector('li[data-vendor="wyze"] .open-checklist');
    expect(await open!.evaluate((el) => el.textContent)).toMatch(/^Next: /);
    await open!.focus();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.vendor[data-vendor="wyze"] .checklist');
    expect(await axeViolations(popup)).toEqual([]);
    // The next action is open; Wyze's shared users: a step naming the place in the Wyze app.
    const nextItem = await popup.$eval('.checklist .item details[open]', (el) =>
      el.closest('.item')!.getAttribute('data-item'),
    );
    expect(nextItem).toBe('shared-users');
    const steps = await popup.$$eval('.item[data-item="shared-users"] .steps li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps[0]).toMatch(/Wyze/);
    if (kind === 'chromium') await saveScreenshot(popup, 'popup-walkthrough', { width: 400, height: 600 });

    // Keyboard alone: focus the mark button and press Enter.
    await popup.focus('.item[data-item="shared-users"] .mark');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.item[data-item="shared-users"][data-status="done"]');
    const options2 = await env.session.openExtensionPage('src/options/index.html');
    await waitFor(async () => Number(await badge(options2)) === before - 1, { what: 'the badge to count one less' });
    await options2.close();
    // Alexa: both the skill and Login with Amazon.
    await popup.bringToFront();
    await popup.click('.item[data-item="linked-services"] summary');
    const alexa = await popup.$$eval('.item[data-item="linked-services"] .steps a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(alexa).toContain('https://www.amazon.com/ap/adam');
    // Wyze's whole unlink walkthrough, from the vendor and the assistant makers' own pages.
    const linked = await popup.$eval('.item[data-item="linked-services"]', (el) => el.textContent ?? '');
    expect(linked).toContain('find the Wyze skill among your skills and disable it');
    expect(linked).toContain('Login with Amazon');
    expect(linked).toContain('In the Google Home app');
    expect(linked).toMatch(/long-lived key/); // Wyze's API key, valid for a year
    if (kind === 'chromium') {
      await popup.setViewport({ width: 420, height: 1400 });
      await popup.click('.item[data-item="shared-users"] summary'); // open both parts of the walkthrough
      await popup.$eval('.item[data-item="shared-users"]', (el) => el.scrollIntoView());
      await saveScreenshot(popup, 'walkthrough-wyze', { width: 420, height: 1400 });
    }
    await popup.close();
  });

  it('shows scores and the home network in the overview, and the in-page banner passes axe', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('https://auth.wyze.com/login', { waitUntil: 'load' });
    await waitForBanner(page);
    expect(await axeOnHomeGuard(page)).toEqual([]);
    const popup = await openPopupFor(env.session, 'https://auth.wyze.com/*');
    await popup.waitForSelector('li[data-vendor="wyze"] .standing');
    expect(await popup.$$eval('.checklist .item', (items) => items.map((i) => i.getAttribute('data-item')))).toEqual([
      'router-password',
      'router-vpn',
    ]);
    if (kind === 'chromium') await saveScreenshot(popup, 'popup-overview', { width: 400, height: 600 });
    await Promise.all([popup.close(), page.close()]);
  });

  it('refuses a bad import file without changing anything, and merges a good one after a preview', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    await options.waitForSelector('input[name="bannersEnabled"]:not([disabled])');
    expect(await axeViolations(options)).toEqual([]);
    const before = JSON.stringify(await readStorage(options, 'local'));

    const bad = join(tmpdir(), `homeguard-bad-${kind}.json`);
    writeFileSync(
      bad,
      JSON.stringify({ format: 'homeguard-export', version: 1, accounts: { ring: { visits: 'many' } } }),
    );
    const input = await options.$('input[name="import"]');
    await input!.uploadFile(bad);
    const error = await options.waitForSelector('[data-import="error"]');
    expect(await error!.evaluate((el) => el.textContent)).toMatch(/not a valid HomeGuard export.*Nothing was changed/);
    expect(JSON.stringify(await readStorage(options, 'local'))).toBe(before);

    const exported = await options.evaluate(async () => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'data/export', payload: {} })).value;
    });
    const accounts = exported.accounts as Record<string, unknown>;
    accounts.arlo = { firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-02T00:00:00.000Z', visits: 2 };
    const good = join(tmpdir(), `homeguard-good-${kind}.json`);
    writeFileSync(good, JSON.stringify(exported));
    await (await options.$('input[name="import"]'))!.uploadFile(good);
    const preview = await options.waitForSelector('[data-import="preview"]');
    expect(await preview!.evaluate((el) => el.textContent)).toContain('add: Arlo');
    expect(JSON.stringify(await readStorage(options, 'local'))).not.toContain('vendor.arlo');
    await options.click('[data-import="preview"] button');
    await options.waitForSelector('[data-import="done"]');
    expect(await readStorage(options, 'local', ['vendor.arlo'])).toHaveProperty('vendor.arlo');
    await options.close();
  });

  it('prints a report and deletes all data on request', async () => {
    const options = await env.session.openExtensionPage('src/options/index.html');
    await options.waitForSelector('input[name="bannersEnabled"]:not([disabled])');
    if (kind === 'chromium') await saveScreenshot(options, 'options', { width: 760, height: 1000 });
    const report = await options.waitForFunction(
      () => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Printable report') ?? null,
    );
    await (report.asElement() as never as { click(): Promise<void> }).click();
    await options.waitForSelector('.report table');
    expect(await options.$eval('.report', (el) => el.textContent)).toContain('Wyze');

    options.on('dialog', (dialog) => void dialog.accept());
    await options.click('button.danger');
    await waitFor(async () => JSON.stringify(await readStorage(options, 'local')) === '{"storeVersion":1}', {
      what: 'everything to be deleted',
    });
    await options.close();
  });
});
