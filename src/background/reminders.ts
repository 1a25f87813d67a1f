/**
 * The toolbar badge (open high-priority items) and the re-review reminder: a daily alarm that,
 * when reviews are due and the user asked for notifications, shows at most one notification a day.
 */
import { lastReminder, readSettings, type Store } from '../shared/storage';
import { badgeCount, buildOverview, dueCount } from './checkup';

export const REVIEW_ALARM = 'homeguard-review';
const DAY = 86_400_000;

export interface ReminderApi {
  setBadge(count: number): Promise<void>;
  /** Shows a notification; resolves false when the browser did not (no permission). */
  notify(dueItems: number): Promise<boolean>;
}

export async function refreshBadge(store: Store, api: ReminderApi, now: Date): Promise<number> {
  const count = badgeCount(await buildOverview(store, now, null));
  await api.setBadge(count);
  return count;
}

/** Runs on the daily alarm. Returns whether a notification was shown. */
export async function reviewReminder(store: Store, api: ReminderApi, now: Date): Promise<boolean> {
  const overview = await buildOverview(store, now, null);
  await api.setBadge(badgeCount(overview));
  const prefs = await readSettings(store);
  const due = dueCount(overview);
  if (!prefs.reminderNotifications || prefs.reminderDays === 0 || due === 0) return false;
  const last = await store.get(lastReminder);
  if (last !== null && now.getTime() - Date.parse(last) < DAY) return false;
  const shown = await api.notify(due);
  if (shown) await store.set(lastReminder, now.toISOString());
  return shown;
}
