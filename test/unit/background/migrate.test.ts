import { describe, expect, it } from 'vitest';
import { migrateStore, planMigration, type Migration } from '../../../src/background/migrate';
import { MIGRATIONS } from '../../../src/background/migrations';
import { STORE_VERSION } from '../../../src/shared/storage';
import { MemoryArea } from '../helpers/memory-area';

/**
 * The runner is exercised with an example list: v0 kept seen vendors as an array of ids
 * (`seen: ['ring']`), v1 one key per vendor, v2 adds a visit count.
 */
const EXAMPLE_MIGRATIONS: Migration[] = [
  {
    version: 2,
    name: 'count-visits',
    up: (data) =>
      Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, k.startsWith('vendor.') ? { ...(v as object), visits: 1 } : v]),
      ),
  },
  {
    version: 1,
    name: 'vendor-keys',
    up: ({ seen, ...rest }) => ({
      ...rest,
      ...Object.fromEntries((seen as string[]).map((id) => [`vendor.${id}`, { seenAt: '2026-01-01' }])),
    }),
  },
];

const OLD_SHAPE = { seen: ['ring', 'wyze'], unrelated: 'kept' };

describe('migrateStore', () => {
  it('migrates an old-shape fixture in version order and removes obsolete keys', async () => {
    const area = new MemoryArea(OLD_SHAPE);
    const result = await migrateStore(area, EXAMPLE_MIGRATIONS, 2);
    expect(result).toEqual({ status: 'migrated', from: 0, to: 2, applied: ['001-vendor-keys', '002-count-visits'] });
    expect(area.snapshot()).toEqual({
      storeVersion: 2,
      unrelated: 'kept',
      'vendor.ring': { seenAt: '2026-01-01', visits: 1 },
      'vendor.wyze': { seenAt: '2026-01-01', visits: 1 },
    });
  });

  it('gives the same result when run twice', async () => {
    const area = new MemoryArea(OLD_SHAPE);
    await migrateStore(area, EXAMPLE_MIGRATIONS, 2);
    const once = area.snapshot();
    expect(await migrateStore(area, EXAMPLE_MIGRATIONS, 2)).toEqual({ status: 'current', version: 2 });
    expect(area.snapshot()).toEqual(once);
  });

  it('starts from the stored version', () => {
    const { applied } = planMigration({ storeVersion: 1, 'vendor.ring': {} }, EXAMPLE_MIGRATIONS, 2);
    expect(applied).toEqual(['002-count-visits']);
  });

  it('marks a fresh install with the current version', async () => {
    const area = new MemoryArea();
    expect(await migrateStore(area, MIGRATIONS, STORE_VERSION)).toEqual({ status: 'fresh', version: STORE_VERSION });
    expect(area.snapshot()).toEqual({ storeVersion: STORE_VERSION });
  });

  it('never downgrades data written by a newer version', async () => {
    const area = new MemoryArea({ storeVersion: 99, 'vendor.ring': { future: true } });
    expect(await migrateStore(area, EXAMPLE_MIGRATIONS, 2)).toEqual({ status: 'future', version: 99 });
    expect(area.snapshot()).toEqual({ storeVersion: 99, 'vendor.ring': { future: true } });
    expect(area.writes).toBe(0);
  });

  it('shipped migrations are numbered 2..STORE_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: STORE_VERSION - 1 }, (_, i) => i + 2));
  });
});
