import browser from '../shared/browser';
import { send } from '../shared/messaging';
import { loadProse } from './prose';

/** The tab the popup is about: `?tabId=N` (tests, the options page) or the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

document.documentElement.lang = browser.i18n.getUILanguage();
// Asked for before the interface is loaded: a stopped worker starts while the page loads the rest.
const tabId = targetTabId();
const overview = tabId.then((id) => send('overview/get', id === undefined ? {} : { tabId: id }));
overview.catch(() => undefined); // the app shows the error
const root = document.getElementById('app');
// The vendor sentences in the user's language first; in English if that table cannot be read.
if (root) {
  void Promise.all([import('./render'), loadProse().catch(() => undefined)]).then(([{ renderPopup }]) =>
    renderPopup(root, { tabId, overview }),
  );
}
