/** The one place the WebExtension API is imported: `browser.*` with Promises in Chrome and Firefox. */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
