/** Translated strings from `_locales`; the key type comes from the English catalogue. */
import type catalogue from '../../public/_locales/en/messages.json';
import browser from './browser';

export type MessageKey = keyof typeof catalogue;

/** The message for `key` in the browser's language; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A date in the browser's UI language, e.g. "25 Nov 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(browser.i18n.getUILanguage(), { dateStyle: 'medium' });
}
