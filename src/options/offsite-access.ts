/**
 * What browser access to give back when one of the two optional features is turned off, keeping
 * what the other still needs. Browsers differ here: Firefox removes exactly the host patterns
 * named, while Chromium also removes every narrower pattern inside them, so giving back "all
 * sites" there would take the router pages with it and silently break the router check.
 */
import browser from '../shared/browser';
import { ALL_SITES } from '../background/registrations';

export type OffsiteFeature = 'router' | 'lookalike';

export interface Access {
  origins: string[];
  permissions: Array<'scripting'>;
}

export interface GiveBackContext {
  /** The router admin patterns the router check holds (its list plus the user's hosts). */
  routerOrigins: string[];
  /** Whether the other feature stays on. */
  otherOn: boolean;
  /** Whether removing a host pattern also removes the narrower ones it contains (Chromium). */
  removalTakesNarrower: boolean;
}

/** The access to remove when `feature` is turned off; empty when nothing can go yet. */
export function accessToGiveBack(feature: OffsiteFeature, context: GiveBackContext): Access {
  const { routerOrigins, otherOn, removalTakesNarrower } = context;
  if (otherOn && feature === 'router') return { origins: routerOrigins, permissions: [] };
  if (otherOn) return { origins: removalTakesNarrower ? [] : ALL_SITES, permissions: [] };
  // Both off: everything goes, including all-sites access a browser had to keep for the router check.
  return { origins: [...routerOrigins, ...ALL_SITES], permissions: ['scripting'] };
}

/** Firefox (the browser with runtime.getBrowserInfo) removes host patterns exactly as named. */
export function removalTakesNarrower(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

/** Gives back what `feature` no longer needs. */
export async function giveBack(feature: OffsiteFeature, routerOrigins: string[], otherOn: boolean): Promise<void> {
  const access = accessToGiveBack(feature, { routerOrigins, otherOn, removalTakesNarrower: removalTakesNarrower() });
  if (access.origins.length > 0 || access.permissions.length > 0) await browser.permissions.remove(access);
}

/** Whether the browser still lets the extension reach every site. */
export function holdsAllSites(): Promise<boolean> {
  return browser.permissions.contains({ origins: ALL_SITES });
}
