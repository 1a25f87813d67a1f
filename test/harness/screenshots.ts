/** Screenshots the e2e tests take for the README (docs/screenshots/<name>.png), at popup size. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

export const SCREENSHOT_DIR = 'docs/screenshots';

export async function saveScreenshot(page: Page, name: string, viewport = { width: 400, height: 560 }): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewport(viewport);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
