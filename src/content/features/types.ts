import type { VendorMatch } from '../../vendors/lookup';

export interface FeatureContext {
  vendor: VendorMatch;
  /** Aborted when the feature must tear down: the extension was reloaded, updated or removed. */
  signal: AbortSignal;
}

/** One in-page feature. Deleting its file and its line in features/index.ts removes it. */
export interface Feature {
  id: string;
  /** Runs only in the top frame (banners), not in the vendor's iframes. */
  topFrameOnly: boolean;
  init(context: FeatureContext): void | Promise<void>;
}
