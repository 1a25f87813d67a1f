/**
 * The content script's only file with side effects. The manifest injects it on the vendors'
 * account pages; the optional router check and look-alike warning register it on other sites
 * while the user has them on. The page is checked again here: vendor features run on a vendor's
 * account pages only, and nothing at all runs on the vendor's other pages (forums, shops).
 */
import { isAccountPage, vendorForUrl } from '../vendors/lookup';
import { FEATURES } from './features';
import { offsite } from './features/offsite';
import { extensionGone, LIFE_CHECK_MS } from './lifecycle';
import { hideBanner } from './ui/banner';
import { removeAllUi } from './ui/shadow-host';

const vendor = vendorForUrl(location.href);
const controller = new AbortController();

/**
 * Tears the features down when the extension is reloaded, updated or removed: this copy goes
 * quiet and takes its UI with it (a new copy, if the browser injects one, starts on its own).
 */
function tearDownWhenGone(): void {
  // A copy of an earlier run of the extension that could not clean up (Firefox cuts it off at
  // once, then injects this copy into the open page) leaves its UI: one copy runs per document.
  for (const stale of document.querySelectorAll('homeguard-ui')) stale.remove();
  controller.signal.addEventListener(
    'abort',
    () => {
      hideBanner();
      removeAllUi();
    },
    { once: true },
  );
  const lifeCheck = setInterval(() => {
    if (!extensionGone()) return;
    clearInterval(lifeCheck);
    controller.abort();
  }, LIFE_CHECK_MS);
}
const isTopFrame = window === window.top;
const warn = (id: string) => (error: unknown) =>
  console.warn(`HomeGuard: ${id} failed`, error instanceof Error ? error.message : error);

if (vendor !== undefined) {
  if (isAccountPage(vendor, new URL(location.href))) {
    tearDownWhenGone();
    for (const feature of FEATURES) {
      if (feature.topFrameOnly && !isTopFrame) continue;
      Promise.resolve(feature.init({ vendor, signal: controller.signal })).catch(warn(feature.id));
    }
  }
} else if (isTopFrame && /^https?:$/.test(location.protocol)) {
  tearDownWhenGone();
  offsite(controller.signal).catch(warn('offsite'));
}
