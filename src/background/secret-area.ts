/**
 * The storage area for secrets: the per-install salt and the reuse fingerprints. It lives in the
 * extension's own IndexedDB, which content scripts cannot open (they run with the page's origin),
 * whereas `storage.local` is readable by every content script of the extension (and, with the
 * look-alike warning on, that means one in every tab). It has the shape of a storage area, so the
 * typed store and its repair work the same.
 */
import { createStore, delMany, entries, getMany, setMany, type UseStore } from 'idb-keyval';
import type { AreaLike } from '../shared/storage';

export function secretArea(db: UseStore = createStore('homeguard-secrets', 'secrets')): AreaLike {
  return {
    async get(keys) {
      if (keys === undefined || keys === null) {
        return Object.fromEntries((await entries<string, unknown>(db)).map(([key, value]) => [String(key), value]));
      }
      const wanted = Array.isArray(keys) ? keys : [keys];
      const values = await getMany(wanted, db);
      return Object.fromEntries(wanted.flatMap((key, i) => (values[i] === undefined ? [] : [[key, values[i]]])));
    },
    async set(items) {
      await setMany(Object.entries(items), db);
    },
    async remove(keys) {
      await delMany(Array.isArray(keys) ? keys : [keys], db);
    },
  };
}
