/**
 * Gets stored data ready when the background starts: migrate it to the current shape, then read
 * every item once so that a corrupt one is repaired to its fallback, reported to the user (the
 * popup shows which), and nothing else is touched. Data from a newer version is left alone.
 */
import { migrateStore, type MigrationResult } from './migrate';
import { MIGRATIONS } from './migrations';
import {
  STORE_VERSION,
  bannerPrefs,
  fingerprints,
  home,
  installSalt,
  lastReminder,
  pendingNotices,
  recentLogins,
  resets,
  settings,
  vendorStates,
  type Areas,
  type Item,
  type ItemFamily,
  type Store,
} from '../shared/storage';

export async function prepareStore(areas: Areas, store: Store): Promise<MigrationResult> {
  const result = await migrateStore(areas.local, MIGRATIONS, STORE_VERSION);
  if (result.status === 'future') return result; // a newer HomeGuard wrote it: read, never rewrite
  await store.get(resets);
  const items: Array<Item<unknown>> = [settings, bannerPrefs, home, installSalt, lastReminder];
  for (const item of items) await store.get(item);
  const families: Array<ItemFamily<unknown>> = [vendorStates, fingerprints, pendingNotices, recentLogins];
  for (const family of families) await store.getFamily(family);
  return result;
}
