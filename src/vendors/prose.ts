/**
 * The vendor files' sentences a user reads (privacy settings' defaults, suggestions and reasons,
 * firmware guidance, incident summaries, automation notes), for translation. Names stay as the
 * vendor writes them: setting names and app menu paths are the vendor's own labels, shown as its
 * app shows them in English, since a guessed translation would not match the app.
 */
import type { Vendor } from './schema';

export function vendorProse(vendors: readonly Vendor[]): string[] {
  const texts = new Set<string>();
  for (const vendor of vendors) {
    if (Array.isArray(vendor.privacySettings)) {
      for (const setting of vendor.privacySettings) {
        texts.add(setting.default).add(setting.recommended).add(setting.why);
      }
    }
    if ('value' in vendor.firmware) texts.add(vendor.firmware.value.guidance);
    for (const incident of vendor.incidents) texts.add(incident.summary);
    for (const note of vendor.automation) texts.add(note.note);
  }
  return [...texts].sort();
}
