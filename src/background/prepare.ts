/**
 * Gets stored data ready when the background starts: migrate it to the current shape, move what
 * earlier versions kept elsewhere (secrets out of `storage.local`, opt-ins out of `storage.sync`),
 * then check every item of the store's registry, from one read of each area, so that a corrupt one
 * is repaired to its fallback, reported to the user (the popup shows which), and nothing else is
 * touched. Data from a newer version is left alone.
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
  type AreaName,
  type Areas,
  type Store,
} from '../shared/storage';

export interface PrepareDeps {
  /** Whether this device's browser grants what a feature needs (its access, asked for when turned on). */
  granted: (feature: OptInSwitch, routerHosts: readonly string[]) => Promise<boolean>;
}

export async function prepareStore(areas: Areas, store: Store, deps: PrepareDeps): Promise<MigrationResult> {
  // Each area is read whole, once (again only after a change): every read is a round trip to the browser.
  let local = await areas.local.get(null);
  const result = await migrateStore(areas.local, MIGRATIONS, STORE_VERSION, local);
  if (result.status === 'future') return result; // a newer HomeGuard wrote it: read, never rewrite
  if (result.status !== 'current') local = await areas.local.get(null);
  const moved = [await moveSecrets(areas, local), await moveOptIns(areas, deps, local)];
  if (moved.includes(true)) local = await areas.local.get(null);
  const [sync, session, secret] = await Promise.all([
    areas.sync.get(null),
    areas.session.get(null),
    areas.secret.get(null),
  ]);
  const snapshot: Record<AreaName, Record<string, unknown>> = { local, sync, session, secret };
  await store.check(resets, local[resets.key]); // first: the other checks report their repairs into it
  await Promise.all([
    ...REGISTRY.items.filter((item) => item !== resets).map((item) => store.check(item, snapshot[item.area][item.key])),
    ...REGISTRY.families.map((family) => store.checkFamily(family, snapshot[family.area])),
  ]);
  return result;
}

/**
 * Earlier versions kept the salt and the fingerprints in `storage.local`, which content scripts
 * can read: copy them into the secret area (unless it has them already), then remove them.
 * `local` is the local area as just read; true when something moved.
 */
export async function moveSecrets(
  areas: Pick<Areas, 'local' | 'secret'>,
  local: Record<string, unknown>,
): Promise<boolean> {
  const keys = Object.keys(local).filter((key) => key === installSalt.key || key.startsWith(fingerprints.prefix));
  if (keys.length === 0) return false;
  const present = await areas.secret.get(keys);
  const missing = keys.filter((key) => !(key in present));
  if (missing.length > 0) await areas.secret.set(Object.fromEntries(missing.map((key) => [key, local[key]])));
  await areas.local.remove(keys);
  return true;
}

/**
 * Earlier versions kept the opt-ins in the synced settings, so a feature turned on in one profile
 * came on in every other. On first start of this version each stays on only where this device's
 * browser grants its access (the sign that the user turned it on here). The synced copy is left
 * alone: devices still on an earlier version go on reading it.
 */
export async function moveOptIns(
  areas: Pick<Areas, 'local' | 'sync'>,
  deps: PrepareDeps,
  local: Record<string, unknown>,
): Promise<boolean> {
  if (local[optIns.key] !== undefined) return false;
  const synced = (await areas.sync.get(settings.key))[settings.key];
  if (typeof synced !== 'object' || synced === null) return false;
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
  return true;
}
