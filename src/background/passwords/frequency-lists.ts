/**
 * zxcvbn's frequency lists (95,000 words, 790 KB) ship as a file of their own, not in the worker's
 * script: every start of the worker compiled them, about 25 ms before it could answer the popup,
 * though only a rating reads them (scripts/zxcvbn-lists.ts writes the file and points the
 * library at the object filled here). The file is plain text, one list per line
 * (`name:word,word,…`, most common first): read as text it needs no parsing beyond the splits the
 * library itself made, where a JSON file cost the first rating 4-14 ms more.
 */
import fetchedLists from './zxcvbn-frequency-lists.cjs';

export const FREQUENCY_LISTS_FILE = 'zxcvbn-frequency-lists.txt';

/** The file's text for these lists (no word holds a comma or a line break: the library splits on commas). */
export function frequencyListsFile(lists: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(lists)
    .map(([name, words]) => `${name}:${words.join(',')}`)
    .join('\n');
}

/**
 * Returns what to await before a rating: the file is read once, and read again on the next
 * rating if reading failed (the file is part of the package, so only a broken install fails).
 */
export function frequencyListsReady(read: () => Promise<string>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () =>
    (loading ??= read().then(
      (text) => {
        for (const line of text.split('\n')) {
          const colon = line.indexOf(':');
          if (colon > 0) fetchedLists[line.slice(0, colon)] = line.slice(colon + 1).split(',');
        }
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
}
