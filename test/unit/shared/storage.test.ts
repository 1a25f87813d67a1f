import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  createStore,
  defineItem,
  optIns,
  readSettings,
  resets,
  settings,
  vendorStates,
} from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const ring = vendorStates.member('ring');
const goodState = { firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-02-01T00:00:00.000Z', visits: 3 };

describe('typed storage', () => {
  it('returns the fallback for a missing item without reporting a reset', async () => {
    const areas = memoryAreas();
    const store = createStore(areas, () => NOW);
    expect(await store.get(ring)).toBeNull();
    expect(await store.get(settings)).toEqual({ bannersEnabled: true, reminderDays: 90 });
    expect(await store.get(optIns)).toEqual({
      breachCheck: false,
      reminderNotifications: false,
      routerCheck: false,
      routerHosts: [],
      lookalikeWarnings: false,
    });
    expect(await store.get(resets)).toEqual([]);
  });

  it('repairs only the bad item, reports it, and keeps the others', async () => {
    const areas = memoryAreas({ 'vendor.ring': { firstSeen: 5 }, 'vendor.wyze': goodState });
    const store = createStore(areas, () => NOW);
    const all = await store.getFamily(vendorStates);
    expect(all.get('ring')).toBeNull();
    expect(all.get('wyze')).toEqual(goodState);
    expect(areas.local.data.get('vendor.ring')).toBeNull();
    expect(areas.local.data.get('vendor.wyze')).toEqual(goodState);
    expect(await store.get(resets)).toEqual([{ key: 'vendor.ring', at: NOW.toISOString() }]);
  });

  it('fills in settings added later instead of resetting them', async () => {
    const areas = memoryAreas();
    await areas.sync.set({ settings: {} });
    await areas.local.set({ optIns: { breachCheck: true } });
    expect(await readSettings(createStore(areas))).toEqual({
      bannersEnabled: true,
      breachCheck: true,
      reminderDays: 90,
      reminderNotifications: false,
      routerCheck: false,
      routerHosts: [],
      lookalikeWarnings: false,
    });
  });

  it('refuses to write a value that breaks its schema', async () => {
    const store = createStore(memoryAreas());
    await expect(store.set(ring, { visits: -1 } as never)).rejects.toThrow();
  });

  it('runs concurrent updates of one item one after another', async () => {
    const counter = defineItem<number>({ area: 'local', key: 'counter', schema: v.number(), fallback: () => 0 });
    const areas = memoryAreas();
    const store = createStore(areas);
    await Promise.all(Array.from({ length: 100 }, () => store.update(counter, (n) => n + 1)));
    expect(areas.local.data.get('counter')).toBe(100);
  });

  it('keeps at most 50 reset notes', async () => {
    const local = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`vendor.v${i}`, 'junk']));
    const store = createStore(memoryAreas(local), () => NOW);
    await store.getFamily(vendorStates);
    expect((await store.get(resets)).length).toBe(50);
  });
});
