/**
 * The browser's own `runtime` and `i18n` APIs, without the polyfill. In Manifest V3 both Chrome
 * and Firefox return promises from everything used through this module (sendMessage, connect,
 * getMessage), so the content script, which has a 15 KB budget, does not carry the polyfill.
 * Extension pages and the background use `browser.ts`, the one polyfill import.
 */
import type { Browser } from 'webextension-polyfill';

type NativeApi = Pick<Browser, 'runtime' | 'i18n'>;
const scope = globalThis as unknown as { browser?: NativeApi; chrome?: NativeApi };

export const native: NativeApi = scope.browser ?? scope.chrome!;
