/**
 * The on-device leaked-password check: the build's Bloom filter of the 100,000 most common leaked
 * passwords (leaked-passwords.bin), read once when first needed and kept while the worker runs.
 * No network, no opt-in: nothing leaves the device. A filter that cannot be read makes the check
 * answer "not known" (null), never "not leaked".
 */
import { deserialize, mightContain, type BloomFilter } from './bloom';

/** The filter's file in the extension (written by scripts/leaked-passwords.ts). */
export const LEAKED_FILE = 'leaked-passwords.bin';

export type LeakedCheck = (password: string) => Promise<boolean | null>;

export function leakedCheck(load: () => Promise<Uint8Array>): LeakedCheck {
  let filter: Promise<BloomFilter | null> | null = null;
  return async (password) => {
    filter ??= load()
      .then(deserialize)
      .catch(() => {
        filter = null; // try again next time (e.g. the worker was stopping)
        return null;
      });
    const loaded = await filter;
    if (loaded === null) return null;
    // The lists hold case variants as separate entries; an all-lower-case copy catches the rest.
    const lower = password.toLowerCase();
    return mightContain(loaded, password) || (lower !== password && mightContain(loaded, lower));
  };
}
