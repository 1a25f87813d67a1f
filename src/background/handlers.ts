/** The background's message handlers, one line each; the work lives in the feature modules. */
import type { ContentHandlers, PageHandlers } from '../shared/message-router';
import { resets, settings, type Store } from '../shared/storage';
import { vendorForUrl } from '../vendors/lookup';
import { recordVisit, seenVendors } from './visits';

export interface BackgroundDeps {
  store: Store;
  /** Resolves once stored data has been migrated; handlers wait for it. */
  ready: Promise<unknown>;
  now: () => Date;
  /** The URL of a tab, or undefined when the tab is gone or not ours to read. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
}

export function createHandlers(deps: BackgroundDeps): { content: ContentHandlers; page: PageHandlers } {
  const { store, ready, now } = deps;
  return {
    content: {
      'visit/record': async ({ vendorId }) => {
        await ready;
        return recordVisit(store, vendorId, now());
      },
      'checkup/open': async (_payload, sender) => ({ openedIn: await deps.openCheckup(sender.tabId) }),
    },
    page: {
      'overview/get': async ({ tabId }) => {
        await ready;
        const vendor = tabId === undefined ? undefined : vendorForUrl(await deps.tabUrl(tabId));
        return {
          current: vendor ? { id: vendor.id, name: vendor.name } : null,
          seen: await seenVendors(store),
          resets: await store.get(resets),
        };
      },
      'settings/get': async () => store.get(settings),
      'settings/update': async (change) =>
        store.update(settings, (current) => ({
          ...current,
          ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
        })),
    },
  };
}
