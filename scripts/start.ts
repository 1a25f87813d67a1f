/**
 * `npm start`: opens a browser with the freshly built extension on the built-in demo vendor
 * pages (test/fixtures/sites, served on loopback under the vendors' real hostnames), so a newcomer
 * sees HomeGuard work without any vendor account. Without a display it runs headless, saves
 * screenshots of the demo page with its banner and of the popup, and exits.
 *   npm start                      Chromium
 *   npm start -- --browser=firefox Firefox ESR
 */
import { mkdirSync } from 'node:fs';
import { extensionDirFor, launchWithExtension, openPopupFor, type BrowserKind } from '../test/harness/browsers';
import { startFixtureServer } from '../test/harness/fixture-server';
import { waitForBanner } from '../test/harness/shadow';

const kind: BrowserKind = process.argv.includes('--browser=firefox') ? 'firefox' : 'chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const DEMO_PAGES = [
  'https://ring.com/users/sign_in',
  'https://account.ring.com/account/dashboard',
  'https://auth.wyze.com/login',
  'https://my.arlo.com/#/login',
  'https://example.com/',
];

const server = await startFixtureServer();
const session = await launchWithExtension(kind, {
  extensionDir: extensionDirFor(kind),
  port: server.port,
  hosts: server.hosts,
  headless,
});

if (headless) {
  // No display: show what a user would see, as screenshots.
  const watchdog = setTimeout(() => {
    console.error('The demo did not finish within 60 s.');
    process.exit(1);
  }, 60_000);
  mkdirSync('dist', { recursive: true });
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1000, height: 640 });
  await page.goto(DEMO_PAGES[0]!);
  await waitForBanner(page);
  await page.screenshot({ path: 'dist/demo-vendor-page.png' });
  const popup = await openPopupFor(session, 'https://ring.com/*');
  await popup.setViewport({ width: 380, height: 360 });
  await popup.waitForSelector('.vendors li');
  await popup.screenshot({ path: 'dist/demo-popup.png' });
  console.log(`No display found, so the demo ran headless in ${kind}:`);
  console.log('  dist/demo-vendor-page.png  the Ring login page with the HomeGuard banner');
  console.log('  dist/demo-popup.png        the popup listing the account it saw');
  clearTimeout(watchdog);
  await session.close();
  await server.close();
} else {
  for (const url of DEMO_PAGES) {
    const page = await session.browser.newPage();
    await page.goto(url).catch(() => undefined);
  }
  console.log(`HomeGuard is loaded in ${kind} with the demo vendor pages:`);
  for (const url of DEMO_PAGES) console.log(`  ${url}`);
  console.log('Click the HomeGuard toolbar button for the checkup. Close the browser to stop.');
  await new Promise((done) => session.browser.once('disconnected', done));
  await server.close();
}
process.exit(0);
