/**
 * How the checkup looks, in light and dark mode, in headless Chromium: empty, after the first
 * visit to a vendor, midway and all done, and the settings page. Each state is reached the way a
 * user reaches it (a visit, marks in the popup, and for "all done" an import of a HomeGuard export
 * file), checked with axe, and saved to docs/screenshots/ for the README.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import ring from '../../src/vendors/ring.json';
import { axeViolations } from '../harness/axe';
import { openPopupFor } from '../harness/browsers';
import { saveScreenshot } from '../harness/screenshots';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';

const THEMES = ['light', 'dark'] as const;

async function bothThemes(page: Page, name: string, viewport = { width: 400, height: 600 }): Promise<void> {
  await page.bringToFront();
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const theme of THEMES) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    expect(await axeViolations(page), `${name} (${theme})`).toEqual([]);
    await saveScreenshot(page, `${name}-${theme}`, viewport);
  }
  await page.emulateMediaFeatures([]);
}

/** A HomeGuard export file of one Ring account where everything is done. */
function allDoneExport(now: string) {
  const marks = Object.fromEntries(
    ['shared-users', 'linked-services', 'sessions', 'recording', 'firmware', 'incidents'].map((id) => [id, now]),
  );
  return {
    format: 'homeguard-export',
    version: 1,
    exportedAt: now,
    settings: { bannersEnabled: true, reminderDays: 90 },
    bannerPrefs: { snoozed: {}, muted: [] },
    home: { marks: { 'router-password': now, 'router-vpn': now } },
    accounts: {
      ring: {
        firstSeen: now,
        lastSeen: now,
        visits: 3,
        password: {
          score: 4,
          leaked: false,
          form: 'login',
          ratedAt: now,
          reused: false,
          breach: { status: 'not-found' },
        },
        twoFactor: { status: 'on', method: 'totp', source: 'settings-page', at: now },
        marks,
        review: { at: now, twoFactor: 'on', incidents: ring.incidents.length },
      },
    },
  };
}

describe('chromium', () => {
  const env = useExtension('chromium');
  const dir = mkdtempSync(join(tmpdir(), 'homeguard-looks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the checkup empty, after the first visit, midway and all done, in both themes', async () => {
    const empty = await env.session.openExtensionPage('src/popup/index.html');
    await empty.waitForSelector('.empty');
    await bothThemes(empty, 'popup-empty');
    await empty.close();

    const page = await env.session.browser.newPage();
    await page.goto('https://auth.wyze.com/login', { waitUntil: 'load' });
    await waitForBanner(page);
    const first = await openPopupFor(env.session, 'https://auth.wyze.com/*');
    await first.waitForSelector('.top-actions');
    expect(await first.$eval('.overall', (el) => el.textContent)).not.toMatch(/%/);
    await bothThemes(first, 'popup-first-visit');

    // Midway: the first action done from "Do these first", by keyboard.
    await first.bringToFront();
    const action = await first.waitForSelector('.top-action[data-vendor="wyze"]');
    const itemId = await action!.evaluate((el) => el.getAttribute('data-item'));
    await action!.focus();
    await first.keyboard.press('Enter');
    await first.waitForSelector(`.item[data-item="${itemId}"] details[open]`);
    await first.click(`.item[data-item="${itemId}"] .mark`);
    await first.waitForSelector(`.item[data-item="${itemId}"][data-status="done"]`);
    await first.click('.mark.reviewed');
    await first.waitForFunction(() => document.querySelector('.review')?.textContent?.startsWith('Last reviewed'));
    await bothThemes(first, 'popup-midway');
    await Promise.all([first.close(), page.close()]);

    const file = join(dir, 'all-done.json');
    writeFileSync(file, JSON.stringify(allDoneExport(new Date().toISOString())));
    const options = await env.session.openExtensionPage('src/options/index.html');
    await options.waitForSelector('input[name="bannersEnabled"]:not([disabled])');
    await (await options.$('input[name="import"]'))!.uploadFile(file);
    await options.waitForSelector('[data-import="preview"]');
    await options.click('[data-import="preview"] button');
    await options.waitForSelector('[data-import="done"]');
    const done = await env.session.openExtensionPage('src/popup/index.html');
    const ring = await done.waitForSelector('li[data-vendor="ring"] .standing[data-state="done"]');
    expect(await ring!.evaluate((el) => el.textContent)).toMatch(/All done/);
    await bothThemes(done, 'popup-all-done');
    await done.close();

    await bothThemes(options, 'options', { width: 760, height: 1100 });
    await options.close();
  });
});
