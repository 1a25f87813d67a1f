/**
 * The store listing's images, made from the real UI in headless Chromium: 1280×800 screenshots
 * (the popup over the vendor page it is about, and an in-page banner) and the 440×280 promo tile,
 * written to store/images/. Each is checked for its size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../harness/browsers';
import { waitForBanner } from '../harness/shadow';
import { useExtension } from '../harness/suite';

const DIR = 'store/images';
const STORE = { width: 1280, height: 800 };

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shot(page: Page, viewport: { width: number; height: number }): Promise<string> {
  await page.bringToFront();
  await page.setViewport(viewport);
  return Buffer.from(await page.screenshot()).toString('base64');
}

/** Lays the popup's screenshot over the page's, as the toolbar popup opens over a tab. */
async function compose(canvas: Page, file: string, pageShot: string, popupShot: string): Promise<void> {
  await canvas.bringToFront();
  await canvas.setViewport(STORE);
  await canvas.setContent(
    `<body style="margin:0;overflow:hidden;background:#444">
      <img alt="" src="data:image/png;base64,${pageShot}" style="position:absolute;inset:0;width:1280px;height:800px;filter:brightness(.55)">
      <img alt="" src="data:image/png;base64,${popupShot}" style="position:absolute;right:48px;top:24px;border-radius:10px;box-shadow:0 8px 32px #000a">
    </body>`,
    { waitUntil: 'load' },
  );
  await canvas.screenshot({ path: file });
}

describe('chromium', () => {
  const env = useExtension('chromium');

  it('makes the 1280×800 screenshots and the 440×280 promo tile from the real UI', async () => {
    mkdirSync(DIR, { recursive: true });
    const page = await env.session.browser.newPage();
    await page.setViewport(STORE);
    await page.goto('https://auth.wyze.com/login', { waitUntil: 'load' });
    await waitForBanner(page);
    await page.screenshot({ path: `${DIR}/1-banner.png` });
    const pageShot = await shot(page, STORE);

    const popup = await openPopupFor(env.session, 'https://auth.wyze.com/*');
    await popup.waitForSelector('li[data-vendor="wyze"]');
    const canvas = await env.session.browser.newPage();
    await compose(canvas, `${DIR}/2-checkup.png`, pageShot, await shot(popup, { width: 400, height: 752 }));

    await popup.bringToFront(); // a tab in the background gets no input in headless Chromium
    await popup.click('li[data-vendor="wyze"] .open-checklist');
    await popup.waitForSelector('.item[data-item="linked-services"] summary');
    await popup.click('.item[data-item="linked-services"] summary');
    await compose(canvas, `${DIR}/3-walkthrough.png`, pageShot, await shot(popup, { width: 420, height: 752 }));

    const icon = readFileSync('public/icons/icon-128.png').toString('base64');
    await canvas.setViewport({ width: 440, height: 280 });
    await canvas.setContent(
      `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#0b3d91,#1f6feb);color:#fff;font:16px/1.35 system-ui,sans-serif">
        <img alt="" src="data:image/png;base64,${icon}" width="112" height="112">
        <div><div style="font-size:34px;font-weight:700">HomeGuard</div>
        <div style="margin-top:6px">Two-step sign-in, shared access, Alexa links and firmware for your camera and smart-home accounts.</div></div>
      </body>`,
      { waitUntil: 'load' },
    );
    await canvas.screenshot({ path: `${DIR}/promo-tile-440x280.png` });
    await Promise.all([canvas.close(), popup.close(), page.close()]);

    for (const name of ['1-banner', '2-checkup', '3-walkthrough']) expect(pngSize(`${DIR}/${name}.png`)).toEqual(STORE);
    expect(pngSize(`${DIR}/promo-tile-440x280.png`)).toEqual({ width: 440, height: 280 });
  });
});
