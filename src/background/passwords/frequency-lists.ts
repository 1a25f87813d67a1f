/**
 * zxcvbn's frequency lists (95,000 words, 790 KB) ship as a file of their own, not in the worker's
 * script: every start of the worker compiled them, about 25 ms before it could answer the popup,
 * though only a rating reads them (scripts/zxcvbn-lists.ts writes the file and points the
 * library at the object filled here). Each list is one comma-joined string, as the library
 * keeps them itself.
 */
import fetchedLists from './zxcvbn-frequency-lists.cjs';

export const FREQUENCY_LISTS_FILE = 'zxcvbn-frequency-lists.json';

export type JoinedLists = Record<string, string>;

/**
 * Returns what to await before a rating: the lists are read once, and read again on the next
 * rating if reading failed (the file is part of the package, so only a broken install fails).
 */
export function frequencyListsReady(read: () => Promise<JoinedLists>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () =>
    (loading ??= read().then(
      (lists) => {
        for (const [name, joined] of Object.entries(lists)) fetchedLists[name] = joined.split(',');
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
}
