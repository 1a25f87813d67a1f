import type { VendorMatch } from '../../vendors/lookup';

/** The page (or the single-page app's route) the features run for. */
export interface PageContext {
  /** Addresses the background's banner to this page (banner-push.ts). */
  token: string;
  /** When the page or route began (epoch ms). */
  since: number;
  /** A single-page app's next route, not a page load. */
  route: boolean;
}

interface Context {
  page: PageContext;
  /** Aborted when the feature must tear down: a single-page-app navigation, or the extension was reloaded, updated or removed. */
  signal: AbortSignal;
}

/** One in-page feature. Deleting its file and its line in features/index.ts removes it. */
export type Feature = {
  id: string;
  /** Runs only in the top frame, not in the page's iframes. */
  topFrameOnly: boolean;
} & (
  | { where: 'vendor'; init(context: Context & { vendor: VendorMatch }): void | Promise<void> }
  /** Pages that are no vendor's, while the router check or the look-alike warning is on. */
  | { where: 'offsite'; init(context: Context): void | Promise<void> }
);
