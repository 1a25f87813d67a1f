/**
 * The browser's i18n API for unit tests of code that words what it shows (the background's
 * banners): the real English catalogue, placeholders filled as the browser fills them. Import it
 * before the code under test, which reads the API when it loads.
 */
import { readFileSync } from 'node:fs';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalogue;

export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (entry === undefined) return '';
  const subs = [substitutions ?? []].flat();
  const named = (text: string) =>
    text.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named(entry.message).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

const scope = globalThis as unknown as { chrome?: unknown };
scope.chrome ??= {
  runtime: { id: 'homeguard-test' },
  i18n: { getMessage: englishMessage, getUILanguage: () => 'en' },
};
