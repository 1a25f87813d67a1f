/**
 * Reads and clicks HomeGuard's in-page UI. Its shadow roots are closed, so the page (and
 * `page.evaluate`) cannot reach them: the tests go through the browsers' automation protocols,
 * which can. Chromium: the DevTools DOM domain with `pierce`. Firefox: WebDriver BiDi's
 * serialization with `includeShadowTree: "all"`. Clicks are real mouse events at the element's
 * place on screen, as a user's would be.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import en from '../../public/_locales/en/messages.json';
import { waitFor } from './wait';

/** What a test can see of one HomeGuard UI (one closed shadow root). */
export interface UiView {
  /** The host's `data-homeguard` name: banner, password-meter, outline. */
  name: string;
  /** The visible text of the UI. */
  text: string;
  /** The banner's tone (`info` / `warning`), when this UI is a banner. */
  tone: string | null;
  /** The meter's score class (0–4), when this UI is a strength meter showing a result. */
  score: number | null;
  /** Buttons and links, with their place on screen (CSS pixels of the viewport). */
  controls: Array<{ tag: 'a' | 'button'; label: string; href: string | null; rect: Rect }>;
  rect: Rect;
  /** Computed styles of the UI's main element that tests check. */
  style: { position: string; pointerEvents: string };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs inside the page with the closed roots: describes each one. */
function describeRoots(roots: ShadowRoot[]): UiView[] {
  const rectOf = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  };
  return roots.map((root) => {
    const main = [...root.children].find((child) => child.localName !== 'style') ?? null;
    const scoreClass = main?.className.match(/\bscore-(\d)\b/)?.[1];
    return {
      name: root.host.getAttribute('data-homeguard') ?? '',
      text: [...root.childNodes]
        .filter((node) => node.nodeName !== 'STYLE')
        .map((node) => node.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      tone: main?.classList.contains('warning') ? 'warning' : main?.classList.contains('info') ? 'info' : null,
      score: scoreClass === undefined ? null : Number(scoreClass),
      controls: [...root.querySelectorAll('a, button')].map((element) => ({
        tag: element.localName as 'a' | 'button',
        label: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
        href: element.getAttribute('href'),
        rect: rectOf(element),
      })),
      rect: main ? rectOf(main) : rectOf(root.host),
      style: {
        position: main ? getComputedStyle(main).position : '',
        pointerEvents: main ? getComputedStyle(main).pointerEvents : '',
      },
    };
  });
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Runs `source` (a function of the roots returning JSON-able data) with the page's HomeGuard roots. */
async function chromiumRun<T>(page: Page, source: string): Promise<T | null> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  const client = await session;
  const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const roots: number[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeName === 'HOMEGUARD-UI') roots.push(...(node.shadowRoots ?? []).map((s) => s.backendNodeId));
    for (const child of node.children ?? []) walk(child);
    for (const shadow of node.shadowRoots ?? []) walk(shadow);
  };
  walk(root);
  if (roots.length === 0) return null;
  const group = `homeguard-${Math.random()}`;
  try {
    const objects = await Promise.all(
      roots.map(async (backendNodeId) => {
        const { object } = await client.send('DOM.resolveNode', { backendNodeId, objectGroup: group });
        return object.objectId!;
      }),
    );
    const { result, exceptionDetails } = await client.send('Runtime.callFunctionOn', {
      objectId: objects[0]!,
      functionDeclaration: `async function (...roots) { return JSON.stringify(await (${source})(roots)); }`,
      arguments: objects.map((objectId) => ({ objectId })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return JSON.parse(result.value as string) as T;
  } catch (error) {
    // The page navigated between the two calls: nothing to see yet.
    if (/No node|Cannot find context|not found|detached/i.test(String(error))) return null;
    throw error;
  } finally {
    await client.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
  }
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null };
}

interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { type: string; result?: { type: string; value?: unknown } } }>;
}

async function firefoxRun<T>(page: Page, source: string): Promise<T | null> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  try {
    const hosts = await connection.send('script.callFunction', {
      functionDeclaration: '() => [...document.querySelectorAll("homeguard-ui")]',
      awaitPromise: false,
      target: { context },
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    });
    const nodes = (hosts.result.result?.value ?? []) as BidiNode[];
    const roots = nodes.flatMap((node) => (node.value?.shadowRoot?.sharedId ? [node.value.shadowRoot.sharedId] : []));
    if (roots.length === 0) return null;
    const answer = await connection.send('script.callFunction', {
      functionDeclaration: `async (...roots) => JSON.stringify(await (${source})(roots))`,
      awaitPromise: true,
      target: { context },
      arguments: roots.map((sharedId) => ({ sharedId })),
    });
    if (answer.result.type === 'exception') throw new Error('the function failed in the page');
    return JSON.parse(answer.result.result!.value as string) as T;
  } catch (error) {
    if (/no such (node|frame)|stale|discarded|navigat/i.test(String(error))) return null;
    throw error;
  }
}

/**
 * Runs `fn` in the page with every HomeGuard shadow root (closed, so only the automation protocol
 * can hand them over); null when the page has none. `fn` must be self-contained and return JSON.
 */
export function runInRoots<T>(page: Page, fn: (roots: ShadowRoot[]) => T | Promise<T>): Promise<T | null> {
  const protocol = (page.browser() as unknown as { protocol: string }).protocol;
  return protocol === 'webDriverBiDi' ? firefoxRun<T>(page, fn.toString()) : chromiumRun<T>(page, fn.toString());
}

/** Every HomeGuard UI in the page's top document, as the user would see it. */
export async function readUi(page: Page): Promise<UiView[]> {
  return (await runInRoots(page, describeRoots)) ?? [];
}

/** A regular expression for an English message, its placeholders matching anything. */
export function messagePattern(key: keyof typeof en): RegExp {
  const text = en[key].message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$[A-Z_]+\\\$/g, '.*?');
  return new RegExp(text);
}

/** Banner kinds by the message their text starts with (the DOM carries no kind). */
export const BANNER_TEXT = {
  checkup: messagePattern('bannerChecking'),
  'password-weak': messagePattern('noticeWeak'),
  'password-reused': messagePattern('noticeReused'),
  'password-breached': messagePattern('noticeBreached'),
  'password-leaked': messagePattern('noticeLeaked'),
  'two-factor-off': new RegExp(
    `${messagePattern('bannerTwoFactorOff').source}|${messagePattern('bannerTwoFactorOffHere').source}`,
  ),
  'shared-review': messagePattern('bannerSharedReview'),
  'shared-added': messagePattern('bannerSharedAdded'),
  'voice-linked': messagePattern('bannerVoiceLinked'),
  incident: messagePattern('bannerIncident'),
  lookalike: messagePattern('bannerLookalike'),
  'router-default': messagePattern('bannerRouterDefault'),
  'router-not-listed': messagePattern('bannerRouterNotListed'),
} as const;
export type BannerKindText = keyof typeof BANNER_TEXT;

/** The banner shown now, if any (one at a time). */
export async function currentBanner(page: Page): Promise<UiView | undefined> {
  return (await readUi(page)).find((view) => view.name === 'banner' && view.rect.width > 0);
}

/** Waits for a visible banner, of the given kind when one is named. */
export async function waitForBanner(page: Page, kind?: BannerKindText, timeout = 30_000): Promise<UiView> {
  let found: UiView | undefined;
  await waitFor(
    async () => {
      const banner = await currentBanner(page);
      found = banner !== undefined && (kind === undefined || BANNER_TEXT[kind].test(banner.text)) ? banner : undefined;
      return found !== undefined;
    },
    { what: `a ${kind ?? ''} banner`, timeout, interval: 100 },
  );
  return found!;
}

/** Waits until no banner is shown. */
export async function waitForNoBanner(page: Page, timeout = 30_000): Promise<void> {
  await waitFor(async () => (await currentBanner(page)) === undefined, { what: 'no banner', timeout, interval: 100 });
}

/** Waits for the strength meter to show a score. */
export async function waitForMeter(page: Page, score: number, timeout = 30_000): Promise<UiView> {
  let found: UiView | undefined;
  await waitFor(
    async () => {
      found = (await readUi(page)).find((view) => view.name === 'password-meter' && view.score === score);
      return found !== undefined;
    },
    { what: `the meter at score ${score}`, timeout, interval: 100 },
  );
  return found!;
}

/** Clicks a HomeGuard control by its label, with a real mouse click where it is shown. */
export async function clickUi(page: Page, label: string | RegExp): Promise<void> {
  const matches = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
  let control: UiView['controls'][number] | undefined;
  await waitFor(
    async () => {
      control = (await readUi(page)).flatMap((view) => view.controls).find((c) => matches(c.label) && c.rect.width > 0);
      return control !== undefined;
    },
    { what: `the control "${String(label)}"`, interval: 100 },
  );
  const { x, y, width, height } = control!.rect;
  await page.mouse.click(x + width / 2, y + height / 2);
}
