/**
 * Chromium asks for an extension's optional access with a native dialog that no automation
 * protocol can answer. To test what happens after the user clicks "Allow", a session can start
 * from a profile where that answer is already recorded: the extension is installed once, the
 * grant is written into the profile's own record of it, and the browser starts again. The
 * product then asks exactly as it would for a user, and Chromium answers from the record, as it
 * does for access it has already granted. Nothing about the extension itself is changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Optional permissions and host patterns the user has allowed. */
export interface OptionalAccess {
  permissions?: readonly string[];
  origins?: readonly string[];
  /**
   * false: allowed before but not held now, as after the user gave it back. The extension then
   * starts without it, and Chromium grants it again without a prompt when the extension asks.
   */
  heldAtStart?: boolean;
}

interface PermissionRecord {
  api?: unknown[];
  explicit_host?: string[];
}

interface ExtensionRecord {
  path?: string;
  active_permissions?: PermissionRecord;
  granted_permissions?: PermissionRecord;
  runtime_granted_permissions?: PermissionRecord;
}

/**
 * Records `access` as allowed for the unpacked extension at `extensionDir` in a profile that has
 * already run it once (and been closed). Returns the extension's id.
 */
export function recordAllowedAccess(userDataDir: string, extensionDir: string, access: OptionalAccess): string {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, ExtensionRecord> };
  };
  const records = Object.entries(prefs.extensions?.settings ?? {});
  const found = records.find(([, record]) => record.path === resolve(extensionDir));
  if (!found) throw new Error(`the profile has no record of ${extensionDir}`);
  const [id, record] = found;
  // "granted" is what the user has allowed; "active" is what the extension may use right now.
  const keys =
    access.heldAtStart === false
      ? (['granted_permissions', 'runtime_granted_permissions'] as const)
      : (['granted_permissions', 'active_permissions'] as const);
  for (const key of keys) {
    const set = (record[key] ??= {});
    set.api = [...new Set([...(set.api ?? []), ...(access.permissions ?? [])])];
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...(access.origins ?? [])])];
  }
  writeFileSync(file, JSON.stringify(prefs));
  return id;
}
