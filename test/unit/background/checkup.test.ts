import { describe, expect, it } from 'vitest';
import {
  addVendor,
  badgeCount,
  buildOverview,
  dueCount,
  forgetVendor,
  mark,
  markReviewed,
} from '../../../src/background/checkup';
import { createStore, vendorStates } from '../../../src/shared/storage';
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

describe('where accounts stand, what to do first, and what changed', () => {
  it('counts to do, not checked yet and done, and never counts "not known" as a failure', async () => {
    const store = createStore(memoryAreas());
    await addVendor(store, 'wyze', NOW);
    const overview = await buildOverview(store, NOW, null);
    const wyze = overview.seen[0]!;
    const { counts } = wyze.checklist;
    expect(counts.todo + counts.check + counts.done).toBe(
      wyze.checklist.items.filter((i) => i.status !== 'not-applicable').length,
    );
    expect(counts.check).toBeGreaterThan(0);
    // Every item not checked yet says how to find out, in one step.
    for (const item of wyze.checklist.items.filter((i) => i.status === 'unknown')) {
      expect(item.findOut?.key, item.id).toMatch(/^findOut/);
    }
    const twoFactor = wyze.checklist.items.find((i) => i.id === 'two-factor')!;
    if (twoFactor.status === 'unknown') expect(twoFactor.findOut!.key).not.toBe('findOutSignIn');
    expect(overview.household.todo).toBeGreaterThanOrEqual(counts.todo);
  });

  it('ranks a breached password and 2FA off before a firmware or VPN reminder, across accounts', async () => {
    const store = createStore(memoryAreas());
    await addVendor(store, 'ring', NOW);
    await addVendor(store, 'wyze', NOW);
    await store.update(vendorStates.member('wyze'), (s) => ({
      ...s!,
      twoFactor: { status: 'off' as const, source: 'settings-page' as const, at: NOW.toISOString() },
    }));
    const overview = await buildOverview(store, NOW, null);
    expect(overview.topActions.length).toBeLessThanOrEqual(3);
    expect(overview.topActions[0]).toMatchObject({ vendorId: 'wyze', itemId: 'two-factor' });
    const ids = overview.topActions.map((a) => a.itemId);
    expect(ids).not.toContain('router-vpn');
    expect(ids).not.toContain('firmware');
  });

  it('says what changed since the last review: people added, 2FA turned off', async () => {
    const store = createStore(memoryAreas());
    await addVendor(store, 'wyze', NOW);
    await store.update(vendorStates.member('wyze'), (s) => ({
      ...s!,
      twoFactor: { status: 'on' as const, source: 'settings-page' as const, at: NOW.toISOString() },
      sharedUsers: { hashes: ['a'], reviewedAt: NOW.toISOString() },
    }));
    let wyze = (await buildOverview(store, NOW, null)).seen[0]!;
    expect(wyze.review).toEqual({ at: null, changes: [] });
    await markReviewed(store, 'wyze', NOW);
    wyze = (await buildOverview(store, NOW, null)).seen[0]!;
    expect(wyze.review).toEqual({ at: NOW.toISOString(), changes: [] });
    await store.update(vendorStates.member('wyze'), (s) => ({
      ...s!,
      twoFactor: { status: 'off' as const, source: 'settings-page' as const, at: NOW.toISOString() },
      sharedUsers: { hashes: ['a', 'b', 'c'], reviewedAt: NOW.toISOString() },
    }));
    wyze = (await buildOverview(store, NOW, null)).seen[0]!;
    expect(wyze.review.changes).toEqual([{ key: 'changeNewPeople', params: ['2'] }, { key: 'changeTwoFactorOff' }]);
    await expect(markReviewed(store, 'ring', NOW)).rejects.toThrow();
  });
});
