/**
 * The vendor files' sentences in the user's language (src/vendors/i18n/<locale>.json, keyed by the
 * English text), loaded once before the popup renders; only the user's own language is fetched.
 * A sentence without a translation is shown in English, never dropped.
 */
import { native } from '../shared/native';

const tables = import.meta.glob<Record<string, string>>('../vendors/i18n/*.json', { import: 'default' });
let table: Record<string, string> = {};

/** The extension's own UI locale ("de", "en_US"), as the browser chose it from _locales. */
export function uiLocale(): string {
  return (native.i18n.getMessage('@@ui_locale') || 'en').slice(0, 2);
}

export async function loadProse(locale = uiLocale()): Promise<void> {
  const load = tables[`../vendors/i18n/${locale}.json`];
  table = load ? await load() : {};
}

/** A vendor sentence in the user's language (or as written). */
export function prose(text: string): string {
  return table[text] ?? text;
}
