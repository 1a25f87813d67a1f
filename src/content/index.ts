/**
 * The content script's only file with side effects. The manifest injects it on the vendors'
 * account pages; the optional router check and look-alike warning register it on other sites
 * while the user has them on. It owns its features: it starts the ones for this page, and
 * tears them down and starts them again when a single-page app moves to another route (a new
 * page to the background), and for good when the extension is reloaded, updated or removed.
 * On a vendor's other pages (forums, shops) no feature runs.
 */
import { isAccountPage, vendorForUrl } from '../vendors/lookup';
import { receiveBanners } from './banner-receiver';
import { FEATURES } from './features';
import type { Feature, PageContext } from './features/types';
import { extensionGone, LIFE_CHECK_MS } from './lifecycle';
import { watchRoute } from './page-watch';
import { removeAllUi } from './ui/shadow-host';

const isTopFrame = window === window.top;
const warn = (id: string) => (error: unknown) =>
  console.warn(`HomeGuard: ${id} failed`, error instanceof Error ? error.message : error);

/**
 * A page's token: random, so no page can address another page's banner. `randomUUID` exists
 * only in secure contexts; a router's admin page may be plain http.
 */
function pageToken(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().split('-').join('');
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What runs here: a vendor's account page, a page that is no vendor's, or nothing. */
function placeOf(url: URL, vendor = vendorForUrl(url.href)) {
  // Looked up per route: a platform host's vendor pages are paths.
  if (vendor !== undefined) return isAccountPage(vendor, url) ? { where: 'vendor' as const, vendor } : null;
  return isTopFrame && (url.protocol === 'https:' || url.protocol === 'http:') ? { where: 'offsite' as const } : null;
}

/** Starts the features for the page now shown; the returned controller tears them down. */
function start(route: boolean, life: AbortSignal, place = placeOf(new URL(location.href))): AbortController | null {
  if (place === null) return null;
  const run = new AbortController();
  life.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
  const page: PageContext = {
    token: pageToken(),
    since: route ? Date.now() : Math.round(performance.timeOrigin),
    route,
  };
  const vendor = place.where === 'vendor' ? place.vendor : null;
  if (isTopFrame) receiveBanners(page.token, vendor?.id ?? null, run.signal);
  const here = (feature: Feature) => feature.where === place.where && (isTopFrame || !feature.topFrameOnly);
  for (const feature of FEATURES.filter(here)) {
    const context = { page, signal: run.signal };
    const started = feature.where === 'vendor' ? feature.init({ ...context, vendor: vendor! }) : feature.init(context);
    Promise.resolve(started).catch(warn(feature.id));
  }
  return run;
}

// A copy of an earlier run of the extension that could not clean up (Firefox cuts it off at
// once, then injects this copy into the open page) leaves its UI: one copy runs per document.
for (const stale of document.querySelectorAll('homeguard-ui')) stale.remove();

const life = new AbortController();
life.signal.addEventListener('abort', removeAllUi, { once: true });
const firstVendor = vendorForUrl(location.href);
const firstPlace = placeOf(new URL(location.href), firstVendor);
let current = start(false, life.signal, firstPlace);
if (firstPlace !== null || firstVendor !== undefined) {
  // A vendor's single-page app may move between its shop and its account pages.
  watchRoute(() => {
    current?.abort();
    current = start(true, life.signal);
  }, life.signal);
  const lifeCheck = setInterval(() => {
    if (!extensionGone()) return;
    clearInterval(lifeCheck);
    life.abort();
  }, LIFE_CHECK_MS);
}
