/**
 * The content script's only file with side effects. The manifest injects it on the vendors'
 * account pages; the optional router check and look-alike warning register it on other sites
 * while the user has them on. The page is checked again here: vendor features run on a vendor's
 * account pages only, and nothing at all runs on the vendor's other pages (forums, shops).
 */
import { isAccountPage, vendorForUrl } from '../vendors/lookup';
import { FEATURES } from './features';
import { offsite } from './features/offsite';

const vendor = vendorForUrl(location.href);
const controller = new AbortController();
const isTopFrame = window === window.top;
const warn = (id: string) => (error: unknown) =>
  console.warn(`HomeGuard: ${id} failed`, error instanceof Error ? error.message : error);

if (vendor !== undefined) {
  if (isAccountPage(vendor, new URL(location.href))) {
    for (const feature of FEATURES) {
      if (feature.topFrameOnly && !isTopFrame) continue;
      Promise.resolve(feature.init({ vendor, signal: controller.signal })).catch(warn(feature.id));
    }
  }
} else if (isTopFrame && /^https?:$/.test(location.protocol)) {
  offsite(controller.signal).catch(warn('offsite'));
}
