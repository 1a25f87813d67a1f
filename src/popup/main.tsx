import { render } from 'preact';
import browser from '../shared/browser';
import { App } from './app';
import { loadProse } from './prose';

/** The tab the popup is about: `?tabId=N` (tests, the options page) or the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d{1,10}$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

document.documentElement.lang = browser.i18n.getUILanguage();
const root = document.getElementById('app');
// The vendor sentences in the user's language first; in English if that table cannot be read.
if (root)
  void loadProse()
    .catch(() => undefined)
    .then(() => render(<App tabId={targetTabId()} />, root));
