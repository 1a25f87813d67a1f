/**
 * The export file's shape (an export is what the options page saves, an import what it reads
 * back), shared by the background that writes and checks it and the pages that pass it on.
 */
import * as v from 'valibot';
import { BannerPrefs, HomeState, OPT_IN_SWITCHES, Settings, STORE_VERSION, VendorState } from './storage';

export const EXPORT_FORMAT = 'homeguard-export';
const ExportedAccount = v.object({
  ...VendorState.entries,
  sharedUsers: v.optional(v.object({ reviewedAt: v.string() })),
});

/** Files from earlier versions carry the opt-ins too: read (to say they stay off), never applied. */
const FileSettings = v.object({
  ...Settings.entries,
  breachCheck: v.optional(v.boolean()),
  reminderNotifications: v.optional(v.boolean()),
  routerCheck: v.optional(v.boolean()),
  lookalikeWarnings: v.optional(v.boolean()),
  routerHosts: v.optional(v.array(v.string())),
});

export const ExportFile = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(STORE_VERSION)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  settings: FileSettings,
  bannerPrefs: BannerPrefs,
  home: HomeState,
  accounts: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)), ExportedAccount),
    v.check((r) => Object.keys(r).length <= 200, 'too many accounts'),
  ),
});
export type ExportFile = v.InferOutput<typeof ExportFile>;

export interface ImportPreview {
  added: string[];
  updated: string[];
  unchanged: string[];
  unknownVendors: string[];
  settingsChange: boolean;
  /** Optional features on in the file that stay off on this device (turned on only in the settings). */
  optInsOffHere: Array<(typeof OPT_IN_SWITCHES)[number]>;
}
