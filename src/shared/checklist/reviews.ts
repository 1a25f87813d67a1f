/** The review items: people with shared access, signed-in devices, and recording settings. */
import { sourceOf, reviewItem, type Context } from './context';
import type { ChecklistItem, SettingCheck } from './types';

export function sharedUsersItem(ctx: Context): ChecklistItem {
  return reviewItem(ctx, 'shared-users', {
    high: true,
    place: ctx.vendor.places.sharedUsers,
    open: 'stepOpenSharedUsers',
    steps: [{ key: 'stepRemoveStrangers' }, { key: 'stepShareNotPassword' }],
    words: /shar|other users|wrong users|someone else/i,
    seen: ctx.state?.sharedUsers?.reviewedAt,
  });
}

export function sessionsItem(ctx: Context): ChecklistItem {
  return reviewItem(ctx, 'sessions', {
    high: false,
    place: ctx.vendor.places.sessions,
    open: 'stepOpenSessions',
    steps: [{ key: 'stepRemoveSessions' }],
    words: /token|session|device access/i,
  });
}

/** The vendor's recording and sharing settings, each with its default and what to choose. */
function settingChecks(ctx: Context): SettingCheck[] {
  const settings = ctx.vendor.privacySettings;
  if (!Array.isArray(settings)) return [];
  return settings.map((setting) => {
    const where = 'offered' in setting.where ? {} : setting.where;
    return {
      name: setting.name,
      default: setting.default,
      recommended: setting.recommended,
      why: setting.why,
      ...(where.url ? { url: where.url } : {}),
      ...(where.appPath ? { appPath: where.appPath } : {}),
      from: sourceOf(setting),
    };
  });
}

export function recordingItem(ctx: Context): ChecklistItem {
  const settings = settingChecks(ctx);
  const item = reviewItem(ctx, 'recording', {
    high: false,
    place: ctx.vendor.places.privacy,
    open: 'stepOpenRecording',
    steps: [{ key: settings.length > 0 ? 'stepRecordingSettings' : 'stepRecordingOff' }],
    words: /video|footage|thumbnail|camera|recording|stream/i,
  });
  return settings.length > 0 ? { ...item, settings } : item;
}
