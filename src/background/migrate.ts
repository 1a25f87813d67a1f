/**
 * Runs the numbered store migrations once, in the background only. Never downgrades: data written
 * by a newer version is left as it is.
 */
import type { AreaLike } from '../shared/storage';

export type StoreSnapshot = Readonly<Record<string, unknown>>;

export interface Migration {
  /** The store version this migration produces. */
  version: number;
  name: string;
  up(data: StoreSnapshot): Record<string, unknown>;
}

export type MigrationResult =
  | { status: 'fresh' | 'current'; version: number }
  | { status: 'migrated'; from: number; to: number; applied: string[] }
  | { status: 'future'; version: number };

const VERSION_KEY = 'storeVersion';

/** Pure part: which version the snapshot is at and what it becomes. */
export function planMigration(
  snapshot: StoreSnapshot,
  migrations: readonly Migration[],
  current: number,
): { from: number; data: Record<string, unknown>; applied: string[] } {
  const stored = snapshot[VERSION_KEY];
  // Data without a version predates versioning: it is version 0.
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  let data: Record<string, unknown> = { ...snapshot };
  const applied: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from || migration.version > current) continue;
    data = migration.up(data);
    applied.push(`${String(migration.version).padStart(3, '0')}-${migration.name}`);
  }
  data[VERSION_KEY] = current;
  return { from, data, applied };
}

export async function migrateStore(
  area: AreaLike,
  migrations: readonly Migration[],
  current: number,
  /** The area as just read, if the caller has it. */
  read?: StoreSnapshot,
): Promise<MigrationResult> {
  const snapshot = read ?? (await area.get(null));
  if (Object.keys(snapshot).length === 0) {
    await area.set({ [VERSION_KEY]: current });
    return { status: 'fresh', version: current };
  }
  const stored = snapshot[VERSION_KEY];
  if (typeof stored === 'number' && stored > current) return { status: 'future', version: stored };
  if (stored === current) return { status: 'current', version: current };
  const { from, data, applied } = planMigration(snapshot, migrations, current);
  // Write the new shape (with its version) in one call, then drop keys the migrations removed;
  // if the worker dies in between, the leftovers are unknown keys that nothing reads.
  await area.set(data);
  const removed = Object.keys(snapshot).filter((key) => !(key in data));
  if (removed.length > 0) await area.remove(removed);
  return { status: 'migrated', from, to: current, applied };
}
