import { describe, expect, it } from 'vitest';
import { mark, addVendor } from '../../../src/background/checkup';
import { refreshBadge, reviewReminder } from '../../../src/background/reminders';
import { createStore } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function api(permission = true) {
  const calls = { badge: [] as number[], notified: [] as number[] };
  return {
    calls,
    api: {
      setBadge: async (count: number) => void calls.badge.push(count),
      notify: async (due: number) => (permission ? (calls.notified.push(due), true) : false),
    },
  };
}

async function setup(notifications: boolean) {
  const areas = memoryAreas();
  const store = createStore(areas);
  await areas.sync.set({ settings: { reminderDays: 90 } });
  await areas.local.set({ optIns: { reminderNotifications: notifications } });
  await addVendor(store, 'ring', NOW);
  await mark(store, { vendorId: 'ring', item: 'sessions', done: true }, NOW);
  return store;
}

describe('review reminders', () => {
  it('puts the open high-priority count on the badge', async () => {
    const store = await setup(false);
    const { api: reminder, calls } = api();
    const count = await refreshBadge(store, reminder, NOW);
    expect(calls.badge).toEqual([count]);
    expect(count).toBeGreaterThan(0);
  });

  it('notifies when reviews are due, at most once a day, and only when asked to', async () => {
    const store = await setup(true);
    const { api: reminder, calls } = api();
    expect(await reviewReminder(store, reminder, days(10))).toBe(false); // nothing due yet
    expect(await reviewReminder(store, reminder, days(95))).toBe(true);
    expect(await reviewReminder(store, reminder, days(95.5))).toBe(false); // same day
    expect(await reviewReminder(store, reminder, days(96.1))).toBe(true);
    expect(calls.notified.every((n) => n >= 1)).toBe(true);

    const quiet = await setup(false);
    expect(await reviewReminder(quiet, api().api, days(95))).toBe(false);
    const denied = await setup(true);
    expect(await reviewReminder(denied, api(false).api, days(95))).toBe(false);
  });
});
