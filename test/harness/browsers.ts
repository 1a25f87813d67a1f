/**
 * Starts Debian's Chromium or Firefox ESR with a built, unmodified extension installed, the
 * fixture hosts resolved to the loopback fixture server and every other host unreachable.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type LaunchOptions as PuppeteerLaunchOptions, type Page } from 'puppeteer-core';
import { recordAllowedAccess, type OptionalAccess } from './chromium-profile';
import { waitFor } from './wait';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type BrowserKind = 'chromium' | 'firefox';
export const BROWSER_KINDS: readonly BrowserKind[] = ['chromium', 'firefox'];

/** A fixed moz-extension UUID so extension page URLs are predictable in Firefox. */
const FIREFOX_EXTENSION_UUID = 'a3c4e1f2-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

export interface LaunchOptions {
  /** dist/chrome for Chromium, dist/firefox for Firefox. */
  extensionDir: string;
  /** The fixture server's loopback port and the hostnames it serves. */
  port: number;
  hosts: readonly string[];
  headless?: boolean;
  /** Write the browser's own log of every network request to this file (for privacy checks). */
  netLog?: string;
  /**
   * Optional access the user allows when the extension asks. Firefox skips its prompt for every
   * session (a preference); Chromium's prompt cannot be answered, so its answer is recorded in
   * the profile before the session starts (see chromium-profile.ts).
   */
  allowed?: OptionalAccess;
}

export interface ExtensionSession {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionBase: string;
  /** Opens a page of the extension (e.g. `src/popup/index.html?tabId=3`) and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function extensionDirFor(kind: BrowserKind): string {
  return resolve('dist', kind === 'chromium' ? 'chrome' : 'firefox');
}

export async function launchWithExtension(kind: BrowserKind, options: LaunchOptions): Promise<ExtensionSession> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium({
  extensionDir,
  port,
  hosts,
  headless = true,
  netLog,
  allowed,
}: LaunchOptions): Promise<ExtensionSession> {
  const rules = [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ');
  const options: PuppeteerLaunchOptions = {
    executablePath: CHROMIUM_PATH,
    headless,
    pipe: true,
    enableExtensions: true,
    defaultViewport: { width: 1280, height: 800 },
    acceptInsecureCerts: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-proxy-server',
      `--host-resolver-rules=${rules}`,
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
    ],
  };
  const { browser, id, profile } = allowed
    ? await startWithAllowedAccess(options, resolve(extensionDir), allowed)
    : await startAndInstall(options, resolve(extensionDir));
  const extensionBase = `chrome-extension://${id}/`;
  return {
    kind: 'chromium',
    browser,
    extensionBase,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      await page.goto(extensionBase + path, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface StartedChromium {
  browser: Browser;
  id: string;
  /** A profile directory the session owns and removes when it closes. */
  profile?: string;
}

async function startAndInstall(options: PuppeteerLaunchOptions, extensionDir: string): Promise<StartedChromium> {
  const browser = await puppeteer.launch(options);
  try {
    return { browser, id: await browser.installExtension(extensionDir) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Installs the extension in a new profile, records the user's "Allow" there, and starts again. */
async function startWithAllowedAccess(
  options: PuppeteerLaunchOptions,
  extensionDir: string,
  allowed: OptionalAccess,
): Promise<StartedChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'homeguard-chromium-'));
  // Loaded from the command line, the extension keeps its record across the restart.
  const withExtension = {
    ...options,
    userDataDir: profile,
    args: [...(options.args ?? []), `--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`],
  };
  try {
    const first = await puppeteer.launch(withExtension);
    await first.waitForTarget((target) => target.url().startsWith('chrome-extension://')).finally(() => first.close());
    const id = recordAllowedAccess(profile, extensionDir, allowed);
    return { browser: await puppeteer.launch(withExtension), id, profile };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

async function launchFirefox({
  extensionDir,
  port,
  hosts,
  headless = true,
  netLog,
}: LaunchOptions): Promise<ExtensionSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    defaultViewport: { width: 1280, height: 800 },
    headless,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    // Firefox's HTTP log (one file per process, suffixed) lists every request any process made.
    env: netLog ? { ...process.env, MOZ_LOG: 'nsHttp:3,timestamp', MOZ_LOG_FILE: netLog } : process.env,
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'network.socket.forcePort': `443=${port}`,
      'network.proxy.type': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // Grants optional permissions without the prompt a test cannot click (Chromium has no such switch).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(resolve(extensionDir));
    const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    return {
      kind: 'firefox',
      browser,
      extensionBase,
      async openExtensionPage(path) {
        const page = await browser.newPage();
        // Firefox never resolves goto() for moz-extension URLs: start it and wait for the page.
        page.goto(extensionBase + path).catch(() => undefined);
        // The navigation replaces the page's realm, so an evaluate can fail midway: poll.
        await waitFor(
          () =>
            page
              .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
              .catch(() => false),
          { what: `${path} to load` },
        );
        return page;
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The id of the tab showing `urlPattern` (a match pattern such as `https://ring.com/*`), asked
 * from inside an extension page: the extension can read the URLs of vendor tabs.
 */
export async function tabIdFor(extensionPage: Page, urlPattern: string): Promise<number> {
  const ids = await extensionPage.evaluate(async (pattern) => {
    // Runs in the extension page, where `browser` (Firefox) or `chrome` (Chromium) is defined.
    type TabsApi = { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({ url: pattern });
    return tabs.map((tab) => tab.id);
  }, urlPattern);
  if (ids.length !== 1 || typeof ids[0] !== 'number')
    throw new Error(`expected one tab at ${urlPattern}, found ${ids.length}`);
  return ids[0];
}

/** Opens the popup page about the one tab showing `urlPattern`, as the toolbar button would. */
export async function openPopupFor(session: ExtensionSession, urlPattern: string): Promise<Page> {
  const lookup = await session.openExtensionPage('src/popup/index.html');
  const tabId = await tabIdFor(lookup, urlPattern);
  await lookup.close();
  return session.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
}

/**
 * Forgets which vendors HomeGuard greeted in this browser session, as a restart of the browser
 * does: the next vendor page shows the neutral "HomeGuard is checking" banner again. Independent
 * tests that share one browser start this way.
 */
export async function forgetGreetings(session: ExtensionSession): Promise<void> {
  const page = await session.openExtensionPage('src/options/index.html');
  try {
    await page.evaluate(async () => {
      type Api = { storage: { session: { remove(key: string): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      await (scope.browser ?? scope.chrome).storage.session.remove('greeted');
    });
  } finally {
    await page.close();
  }
}

/** Reads the extension's storage from inside one of its pages (for checks, never for setup). */
export async function readStorage(
  extensionPage: Page,
  area: 'local' | 'sync' | 'session',
  keys: string[] | null = null,
): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(
    async (areaName, wanted) => {
      type StorageApi = { storage: Record<string, { get(keys: string[] | null): Promise<Record<string, unknown>> }> };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      return (scope.browser ?? scope.chrome).storage[areaName]!.get(wanted);
    },
    area,
    keys,
  );
}

/**
 * Answers the "Not on this site" confirmation in the checkup the extension opened by itself. In
 * Chromium that is a page target (the toolbar popup, or a tab), clicked like a user would. In
 * Firefox the toolbar popup is out of the automation protocol's reach, so the click is made from
 * another extension page through `extension.getViews()`: the extension's own code, as the popup's.
 * (In Chromium a new tab would close the popup, so that way is for Firefox only.)
 */
export async function answerMuteConfirmation(
  session: ExtensionSession,
  answer: 'mute' | 'keep',
  known: readonly Page[] = [],
): Promise<{ heading: string }> {
  const selector = `.mute-confirm [data-answer="${answer}"]`;
  if (session.kind === 'chromium') {
    const popupUrl = `${session.extensionBase}src/popup/index.html`;
    const target = await session.browser.waitForTarget(
      (candidate) => candidate.url().startsWith(popupUrl) && !known.some((page) => page.target() === candidate),
      { timeout: 30_000 },
    );
    const page = await target.asPage();
    const button = await page.waitForSelector(selector);
    const heading = await page.$eval('.mute-confirm h2', (el) => el.textContent ?? '');
    await button!.click();
    return { heading };
  }
  const observer = await session.openExtensionPage('src/options/index.html');
  let heading: string | null = null;
  try {
    await waitFor(
      async () => {
        heading = await observer.evaluate((wanted) => {
          type Api = { extension: { getViews(): Window[] } };
          const scope = globalThis as unknown as { browser?: Api; chrome: Api };
          for (const view of (scope.browser ?? scope.chrome).extension.getViews()) {
            const button = view.document.querySelector<HTMLButtonElement>(wanted);
            if (view === window || button === null) continue;
            const text = view.document.querySelector('.mute-confirm h2')?.textContent ?? '';
            button.click();
            return text;
          }
          return null;
        }, selector);
        return heading !== null;
      },
      { what: 'the mute confirmation', timeout: 30_000, interval: 100 },
    );
  } finally {
    await observer.close();
  }
  return { heading: heading ?? '' };
}

/** Everything in the extension's secret area (its own IndexedDB), read from one of its pages. */
export async function readSecretArea(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(
    () =>
      new Promise<Record<string, unknown>>((done, fail) => {
        const open = indexedDB.open('homeguard-secrets');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('secrets')) return done({});
          const out: Record<string, unknown> = {};
          const cursor = db.transaction('secrets').objectStore('secrets').openCursor();
          cursor.onerror = () => fail(cursor.error);
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (at === null) return done(out);
            out[String(at.key)] = at.value;
            at.continue();
          };
        };
      }),
  );
}

/**
 * Content-script registrations, read from inside an extension page. Without the "scripting"
 * permission there can be none: Firefox then has no `scripting`, Chromium refuses the call.
 */
export function registeredScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Api = { scripting?: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    const held = await (
      api as unknown as { permissions: { contains(p: object): Promise<boolean> } }
    ).permissions.contains({ permissions: ['scripting'] });
    return held && api.scripting ? (await api.scripting.getRegisteredContentScripts()).map((s) => s.id) : [];
  });
}
