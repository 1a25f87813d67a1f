/**
 * The background's only file with side effects. MV3 workers are stopped when idle and started
 * again by events, so listeners are registered synchronously at the top level and no state is
 * kept in globals: everything lives in storage.
 */
import browser, { type Runtime } from '../shared/browser';
import { createRouter } from '../shared/message-router';
import { STORE_VERSION, createStore } from '../shared/storage';
import { createHandlers } from './handlers';
import { migrateStore } from './migrate';
import { MIGRATIONS } from './migrations';

const POPUP_PATH = 'src/popup/index.html';

const store = createStore({
  local: browser.storage.local,
  sync: browser.storage.sync,
  session: browser.storage.session,
});

const ready = migrateStore(browser.storage.local, MIGRATIONS, STORE_VERSION).catch((error: unknown) => {
  console.error('HomeGuard: stored data could not be migrated', error instanceof Error ? error.message : error);
});

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined; // the tab was closed
  }
}

async function openCheckup(tabId: number): Promise<'popup' | 'tab'> {
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    // Firefox only opens the popup from a user action in the extension's own UI: use a tab.
    await browser.tabs.create({ url: `${browser.runtime.getURL(POPUP_PATH)}?tabId=${tabId}` });
    return 'tab';
  }
}

const route = createRouter(createHandlers({ store, ready, now: () => new Date(), tabUrl, openCheckup }), {
  id: browser.runtime.id,
  baseUrl: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
