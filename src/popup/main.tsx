import browser from '../shared/browser';
import { send } from '../shared/messaging';
import { loadProse } from './prose';

/**
 * The tab the popup is about: `?tabId=N` (tests, the options page, Firefox's popup in a tab) or
 * the active tab, which the background looks up: the overview is asked for at once.
 */
function targetTab(): number | 'active' {
  const param = new URLSearchParams(location.search).get('tabId');
  return param !== null && /^\d{1,10}$/.test(param) ? Number(param) : 'active';
}

document.documentElement.lang = browser.i18n.getUILanguage();
// Asked for before the interface is loaded: a stopped worker starts while the page loads the rest.
const tab = targetTab();
const overview = send('overview/get', { tabId: tab });
overview.catch(() => undefined); // the app shows the error
const root = document.getElementById('app');
// The vendor sentences in the user's language first; in English if that table cannot be read.
if (root) {
  void Promise.all([import('./render'), loadProse().catch(() => undefined)]).then(([{ renderPopup }]) =>
    renderPopup(root, { tab, overview }),
  );
}
