/**
 * Gets stored data ready when the background starts: migrate it to the current shape, move what
 * earlier versions kept elsewhere (secrets out of `storage.local`, opt-ins out of `storage.sync`),
 * then read every item once so that a corrupt one is repaired to its fallback, reported to the
 * user (the popup shows which), and nothing else is touched. Data from a newer version is left alone.
 */
import { migrateStore, type MigrationResult } from './migrate';
import { MIGRATIONS } from './migrations';
import { isAllowedRouterHost } from '../shared/router-hosts';
import type { OptInSwitch } from './optional-access';
import {
  OPT_IN_SWITCHES,
  REGISTRY,
  STORE_VERSION,
  fingerprints,
  installSalt,
  optIns,
  resets,
  settings,
  type Areas,
  type Store,
} from '../shared/storage';

export interface PrepareDeps {
  /** Whether this device's browser grants what a feature needs (its access, asked for when turned on). */
  granted: (feature: OptInSwitch, routerHosts: readonly string[]) => Promise<boolean>;
}

export async function prepareStore(areas: Areas, store: Store, deps: PrepareDeps): Promise<MigrationResult> {
  const result = await migrateStore(areas.local, MIGRATIONS, STORE_VERSION);
  if (result.status === 'future') return result; // a newer HomeGuard wrote it: read, never rewrite
  await moveSecrets(areas);
  await moveOptIns(areas, deps);
  await store.get(resets); // first: the other reads report their repairs into it
  // All at once: each read is a round trip to the browser, and reports of repairs queue up.
  await Promise.all([...REGISTRY.items.map((item) => store.get(item)), ...REGISTRY.families.map(store.getFamily)]);
  return result;
}

/**
 * Earlier versions kept the salt and the fingerprints in `storage.local`, which content scripts
 * can read: copy them into the secret area (unless it has them already), then remove them.
 */
export async function moveSecrets(areas: Pick<Areas, 'local' | 'secret'>): Promise<void> {
  const local = await areas.local.get(null);
  const keys = Object.keys(local).filter((key) => key === installSalt.key || key.startsWith(fingerprints.prefix));
  if (keys.length === 0) return;
  const present = await areas.secret.get(keys);
  const missing = keys.filter((key) => !(key in present));
  if (missing.length > 0) await areas.secret.set(Object.fromEntries(missing.map((key) => [key, local[key]])));
  await areas.local.remove(keys);
}

/**
 * Earlier versions kept the opt-ins in the synced settings, so a feature turned on in one profile
 * came on in every other. On first start of this version each stays on only where this device's
 * browser grants its access (the sign that the user turned it on here). The synced copy is left
 * alone: devices still on an earlier version go on reading it.
 */
export async function moveOptIns(areas: Pick<Areas, 'local' | 'sync'>, deps: PrepareDeps): Promise<void> {
  if ((await areas.local.get(optIns.key))[optIns.key] !== undefined) return;
  const synced = (await areas.sync.get(settings.key))[settings.key];
  if (typeof synced !== 'object' || synced === null) return;
  const old = synced as Record<string, unknown>;
  const routerHosts = Array.isArray(old.routerHosts)
    ? old.routerHosts
        .filter((host): host is string => typeof host === 'string' && isAllowedRouterHost(host))
        .slice(0, 10)
    : [];
  const moved: Record<string, unknown> = { routerHosts };
  for (const feature of OPT_IN_SWITCHES) {
    moved[feature] = old[feature] === true && (await deps.granted(feature, routerHosts));
  }
  await areas.local.set({ [optIns.key]: moved });
}
