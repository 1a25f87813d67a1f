/**
 * The content script's only file with side effects. The manifest injects it on vendor hosts only;
 * the host is checked again here because the manifest's patterns are broader than one vendor.
 */
import { vendorForHost } from '../vendors/lookup';
import { FEATURES } from './features';

const vendor = location.protocol === 'https:' ? vendorForHost(location.hostname) : undefined;

if (vendor !== undefined) {
  const controller = new AbortController();
  const isTopFrame = window === window.top;
  for (const feature of FEATURES) {
    if (feature.topFrameOnly && !isTopFrame) continue;
    Promise.resolve(feature.init({ vendor, signal: controller.signal })).catch((error: unknown) => {
      console.warn(`HomeGuard: ${feature.id} failed`, error instanceof Error ? error.message : error);
    });
  }
}
