import { describe, expect, it } from 'vitest';
import { addVendor, badgeCount, buildOverview, dueCount, forgetVendor, mark } from '../../../src/background/checkup';
import { createStore } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';
import { VENDORS } from '../../../src/vendors';

const NOW = new Date('2026-11-25T10:00:00.000Z');

describe('the checkup overview', () => {
  it('is empty, with every vendor offered to add, before any account is known', async () => {
    const overview = await buildOverview(createStore(memoryAreas()), NOW, null);
    expect(overview.seen).toEqual([]);
    expect(overview.overall).toBeNull();
    expect(overview.available.map((v) => v.id).sort()).toEqual(VENDORS.map((v) => v.id).sort());
    expect(overview.available.find((v) => v.id === 'lorex')?.appOnly).toBe(true);
    expect(overview.available.find((v) => v.id === 'wyze')?.appOnly).toBe(false);
    expect(overview.home.map((i) => i.id)).toEqual(['router-password', 'router-vpn']);
  });

  it('adds a vendor by hand, puts the current tab’s vendor first, and forgets one with its fingerprint', async () => {
    const areas = memoryAreas();
    const store = createStore(areas);
    await addVendor(store, 'wyze', NOW);
    await addVendor(store, 'ring', new Date(NOW.getTime() + 1000));
    await areas.secret.set({ 'fingerprint.wyze': { hash: `${'A'.repeat(43)}=`, iterations: 600000 } });
    let overview = await buildOverview(store, NOW, { id: 'wyze', name: 'Wyze' });
    expect(overview.seen.map((a) => a.id)).toEqual(['wyze', 'ring']);
    expect(overview.seen[0]?.addedByHand).toBe(true);
    expect(overview.available.map((v) => v.id)).not.toContain('wyze');
    await forgetVendor(store, 'wyze');
    overview = await buildOverview(store, NOW, null);
    expect(overview.seen.map((a) => a.id)).toEqual(['ring']);
    expect(areas.secret.data.has('fingerprint.wyze')).toBe(false);
    await expect(addVendor(store, 'nope', NOW)).rejects.toThrow();
  });

  it('counts open high-priority items for the badge, and marks move items to done', async () => {
    const store = createStore(memoryAreas());
    await addVendor(store, 'wyze', NOW);
    const before = await buildOverview(store, NOW, null);
    const open = badgeCount(before);
    expect(open).toBeGreaterThanOrEqual(2); // shared users to review, router password
    await mark(store, { vendorId: 'wyze', item: 'shared-users', done: true }, NOW);
    await mark(store, { item: 'router-password', done: true }, NOW);
    const after = await buildOverview(store, NOW, null);
    expect(badgeCount(after)).toBe(open - 2);
    expect(after.seen[0]?.checklist.items.find((i) => i.id === 'shared-users')?.doneAt).toBe(NOW.toISOString());
    // 100 days later both are due for review again.
    const later = await buildOverview(store, new Date(NOW.getTime() + 100 * 86_400_000), null);
    expect(dueCount(later)).toBe(2);
    await mark(store, { vendorId: 'wyze', item: 'shared-users', done: false }, NOW);
    expect(badgeCount(await buildOverview(store, NOW, null))).toBe(open - 1);
  });
});
