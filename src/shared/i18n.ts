/** Translated strings from `_locales`; the key type comes from the English catalogue. */
import type catalogue from '../../public/_locales/en/messages.json';
import { native } from './native';

export type MessageKey = keyof typeof catalogue;

/** The message for `key` in the browser's language; the key itself if the catalogue lacks it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return native.i18n.getMessage(key, substitutions) || key;
}

/** A date in the browser's UI language, e.g. "25 Nov 2026". */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(native.i18n.getUILanguage(), { dateStyle: 'medium' });
}

/** "a, b and c" in the browser's UI language. */
export function formatList(parts: readonly string[]): string {
  return new Intl.ListFormat(native.i18n.getUILanguage(), { type: 'conjunction' }).format(parts);
}

/** A month, e.g. "Dec 2019", from "2019-12" or "2019-12-26". */
export function formatMonth(isoMonthOrDate: string): string {
  const [year, month] = isoMonthOrDate.split('-').map(Number);
  return new Date(Date.UTC(year!, (month ?? 1) - 1, 15)).toLocaleDateString(native.i18n.getUILanguage(), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
