/**
 * The background's only file with side effects. MV3 workers are stopped when idle and started
 * again by events, so listeners are registered synchronously at the top level and no state is
 * kept in globals: everything lives in storage.
 */
import browser, { type Runtime } from '../shared/browser';
import { createRouter } from '../shared/message-router';
import { createStore, optIns } from '../shared/storage';
import { createHandlers } from './handlers';
import { prepareStore } from './prepare';
import { breachBlocked, featureGranted, giveBackEverything, type PermissionsApi } from './optional-access';
import { secretArea } from './secret-area';
import { BREACH_TIMEOUT_MS, RANGE_API, checkBreach } from './passwords/breach';
import { acceptPasswordPort } from './passwords/port';
import { LEAKED_FILE, leakedCheck } from './passwords/leaked';
import { FREQUENCY_LISTS_FILE, frequencyListsReady } from './passwords/frequency-lists';
import { createOffsiteHandlers, tabMovedOn, type TabWarning } from './offsite';
import { scriptPath, serialSync, type ScriptingApi } from './registrations';
import { followGrants } from './access-offers';
import { REVIEW_ALARM, refreshBadge, reviewReminder, type ReminderApi } from './reminders';
import { t } from '../shared/i18n';
import type { BannerPush, BreachVerdict } from '../shared/messages';
import { createPageBanners } from './page-banners';

const POPUP_PATH = 'src/popup/index.html';

const areas = {
  local: browser.storage.local,
  sync: browser.storage.sync,
  session: browser.storage.session,
  secret: secretArea(),
};
const store = createStore(areas);

const permissions: PermissionsApi = {
  contains: (access) => browser.permissions.contains(access as never),
  remove: (access) => browser.permissions.remove(access as never),
  isFirefox: browser.runtime.getURL('').startsWith('moz-extension:'),
};

const ready = prepareStore(areas, store, {
  granted: (feature, routerHosts) => featureGranted(permissions, feature, routerHosts),
}).catch((error: unknown) => {
  console.error('HomeGuard: stored data could not be prepared', error instanceof Error ? error.message : error);
});

async function findTab(which: number | 'active'): Promise<{ id: number; url?: string } | undefined> {
  try {
    const tab =
      which === 'active'
        ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
        : await browser.tabs.get(which);
    return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
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

/** The breach check runs only when turned on on this device and, checked now, granted (see optional-access.ts). */
async function breachVerdict(password: string): Promise<BreachVerdict> {
  const blocked = await breachBlocked(permissions, await store.get(optIns));
  if (blocked !== null) return blocked;
  return checkBreach(password, { fetch: fetch.bind(globalThis), endpoint: RANGE_API, timeoutMs: BREACH_TIMEOUT_MS });
}

async function pushBanner(tabId: number, frameId: number, payload: BannerPush['payload']): Promise<void> {
  const message: BannerPush = { type: 'banner/show', payload };
  // No receiver (the tab was closed or moved on) is fine: the next page asks for its own.
  await browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined);
}
const banners = createPageBanners({ store, now: () => new Date(), push: pushBanner });

const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
const handlers = createHandlers({
  store,
  areas,
  ready,
  now: () => new Date(),
  findTab,
  openCheckup,
  checkBreach: breachVerdict,
  isLeaked: leakedCheck(async () => {
    const response = await fetch(browser.runtime.getURL(LEAKED_FILE));
    return new Uint8Array(await response.arrayBuffer());
  }),
  zxcvbnReady: frequencyListsReady(async () => (await fetch(browser.runtime.getURL(FREQUENCY_LISTS_FILE))).text()),
  banners,
  hasHostAccess: (origins) => browser.permissions.contains({ origins, permissions: ['scripting'] }),
  giveBackAccess: (routerHosts) => giveBackEverything(permissions, routerHosts),
});
/**
 * A look-alike tab's toolbar button: a red "!" and a title naming the real site, where the page
 * cannot remove them; null gives the tab back the global badge (the checkup's count).
 */
async function markTab(tabId: number, warning: TabWarning): Promise<void> {
  const reset = null as unknown as string; // null resets a tab's value to the global one
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: warning ? '#d1242f' : reset });
    await browser.action.setBadgeText({ tabId, text: warning ? '!' : reset });
    await browser.action.setTitle({
      tabId,
      title: warning ? t('lookalikeToolbarTitle', [warning.vendorName, warning.realHost]) : reset,
    });
  } catch {
    // The tab was closed meanwhile.
  }
}
const offsite = createOffsiteHandlers({ store, now: () => new Date(), openCheckup, markTab, banners });
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url !== undefined) void ready.then(() => tabMovedOn({ store, markTab }, tabId, change.url));
});
browser.tabs.onRemoved.addListener(
  (tabId) =>
    void ready.then(async () => {
      await tabMovedOn({ store, markTab }, tabId, undefined);
      await banners.gone(tabId);
    }),
);
const route = createRouter({ ...handlers, offsite }, self, ready);

/** browser.scripting exists only while the optional "scripting" permission is granted. */
const scriptingApi: ScriptingApi = {
  hasOrigins: (origins) => browser.permissions.contains({ origins }),
  registered: async () =>
    browser.scripting ? (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id) : [],
  register: async (scripts) => {
    if (browser.scripting) await browser.scripting.registerContentScripts(scripts);
  },
  unregister: async (ids) => {
    if (browser.scripting) await browser.scripting.unregisterContentScripts({ ids });
  },
};
const contentScript = scriptPath(
  browser.runtime.getManifest().content_scripts?.[0]?.js?.[0],
  browser.runtime.getURL('/'),
);
const syncRegistrationsNow = serialSync(() => ready.then(() => store.get(optIns)), scriptingApi, contentScript);
const syncScripts = () =>
  syncRegistrationsNow().catch((error: unknown) =>
    console.warn('HomeGuard: optional features not registered', error instanceof Error ? error.message : error),
  );
void syncScripts();
const holdsHosts = (origins: string[]) => browser.permissions.contains({ origins });
browser.permissions.onAdded.addListener((change) => {
  void syncScripts();
  void ready.then(() => followGrants(store, { added: change.origins }, holdsHosts));
});
browser.permissions.onRemoved.addListener(() => {
  void syncScripts();
  void ready.then(() => followGrants(store, {}, holdsHosts));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
// A page with a password field opens the port before the first key: the worker's first rating
// (the leaked-password filter read from the package, zxcvbn's first run) happens then, not on a key.
let warmedUp = false;
browser.runtime.onConnect.addListener((port) => {
  if (!acceptPasswordPort(port, self, handlers.password) || warmedUp) return;
  warmedUp = true;
  setTimeout(() => void handlers.warmUp(), 0);
});

const reminderApi: ReminderApi = {
  async setBadge(count) {
    await browser.action.setBadgeBackgroundColor({ color: '#bf3989' });
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    await browser.action.setTitle({ title: count > 0 ? t('badgeTitle', String(count)) : t('actionTitle') });
  },
  async notify(due) {
    if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
    await browser.notifications.create(REVIEW_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('reminderTitle'),
      message: t('reminderMessage', String(due)),
    });
    return true;
  },
};

// The badge follows every change of the stored state (debounced: one refresh per burst).
let badgeTimer: ReturnType<typeof setTimeout> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && 'optIns' in changes) void syncScripts();
  clearTimeout(badgeTimer);
  badgeTimer = setTimeout(() => void ready.then(() => refreshBadge(store, reminderApi, new Date())), 250);
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REVIEW_ALARM) void ready.then(() => reviewReminder(store, reminderApi, new Date()));
});
browser.notifications?.onClicked.addListener((id) => {
  if (id === REVIEW_ALARM) void browser.tabs.create({ url: browser.runtime.getURL(POPUP_PATH) });
});
void ready.then(async () => {
  if ((await browser.alarms.get(REVIEW_ALARM)) === undefined) {
    await browser.alarms.create(REVIEW_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
  await refreshBadge(store, reminderApi, new Date());
});
