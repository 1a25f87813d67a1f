/**
 * Export, import and delete-all. An export holds the checkup (verdicts, marks, preferences), never
 * fingerprints, the install salt or address hashes (useless without the salt, and private), nor
 * this device's opt-ins. An import is validated as a whole first: a bad file changes nothing; a
 * good one is merged, newer facts winning, after the user saw what will change. An import never
 * turns an optional feature on: each rests on access the user grants on this device.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, ExportFile, type ImportPreview } from '../shared/export-file';
import {
  OPT_IN_SWITCHES,
  STORE_VERSION,
  bannerPrefs,
  home,
  settings,
  vendorStates,
  type Areas,
  type Settings,
  type Store,
  type VendorState,
} from '../shared/storage';
import { vendorById } from '../vendors';

export async function exportData(store: Store, now: Date): Promise<ExportFile> {
  const accounts: ExportFile['accounts'] = {};
  for (const [id, state] of await store.getFamily(vendorStates)) {
    if (state === null) continue;
    const { sharedUsers, ...rest } = state;
    accounts[id] = sharedUsers ? { ...rest, sharedUsers: { reviewedAt: sharedUsers.reviewedAt } } : rest;
  }
  return {
    format: EXPORT_FORMAT,
    version: STORE_VERSION,
    exportedAt: now.toISOString(),
    settings: await store.get(settings),
    bannerPrefs: await store.get(bannerPrefs),
    home: await store.get(home),
    accounts,
  };
}

/** Reads an import file; the problems name the bad fields, never their values. */
export function parseImport(input: unknown): { ok: true; file: ExportFile } | { ok: false; problems: string[] } {
  const result = v.safeParse(ExportFile, input);
  if (result.success) return { ok: true, file: result.output };
  return { ok: false, problems: [...new Set(result.issues.map((i) => v.getDotPath(i) ?? '(file)'))].slice(0, 8) };
}

const newer = (a: string | undefined, b: string | undefined) => (a ?? '') >= (b ?? '');

/** One account merged with an imported one: the newer fact wins, field by field. */
export function mergeAccount(mine: VendorState | null, theirs: ExportFile['accounts'][string]): VendorState {
  const { sharedUsers: theirShared, ...imported } = theirs;
  if (mine === null) return imported;
  const marks = { ...imported.marks };
  for (const [item, at] of Object.entries(mine.marks ?? {}) as Array<[keyof typeof marks, string]>) {
    if (newer(at, marks[item])) marks[item] = at;
  }
  const merged: VendorState = {
    ...mine,
    firstSeen: mine.firstSeen < imported.firstSeen ? mine.firstSeen : imported.firstSeen,
    lastSeen: newer(mine.lastSeen, imported.lastSeen) ? mine.lastSeen : imported.lastSeen,
    visits: Math.max(mine.visits, imported.visits),
    marks,
  };
  if (imported.password && !newer(mine.password?.ratedAt, imported.password.ratedAt))
    merged.password = imported.password;
  if (imported.twoFactor && !newer(mine.twoFactor?.at, imported.twoFactor.at)) merged.twoFactor = imported.twoFactor;
  if (imported.linked && !newer(mine.linked?.at, imported.linked.at)) merged.linked = imported.linked;
  // Address hashes are bound to this install's salt: only a newer review date can come in.
  if (mine.sharedUsers && theirShared && !newer(mine.sharedUsers.reviewedAt, theirShared.reviewedAt)) {
    merged.sharedUsers = { ...mine.sharedUsers, reviewedAt: theirShared.reviewedAt };
  }
  return merged;
}

export async function previewImport(store: Store, file: ExportFile): Promise<ImportPreview> {
  const states = await store.getFamily(vendorStates);
  const preview: ImportPreview = {
    added: [],
    updated: [],
    unchanged: [],
    unknownVendors: [],
    settingsChange: false,
    optInsOffHere: OPT_IN_SWITCHES.filter((name) => file.settings[name] === true),
  };
  for (const [id, theirs] of Object.entries(file.accounts)) {
    const name = vendorById(id)?.name;
    if (name === undefined) {
      preview.unknownVendors.push(id);
      continue;
    }
    const mine = states.get(id) ?? null;
    if (mine === null) preview.added.push(name);
    else if (JSON.stringify(mergeAccount(mine, theirs)) !== JSON.stringify(mine)) preview.updated.push(name);
    else preview.unchanged.push(name);
  }
  preview.settingsChange = JSON.stringify(await store.get(settings)) !== JSON.stringify(preferencesOf(file));
  return preview;
}

/** The synced preferences in a file, without any opt-in. */
function preferencesOf(file: ExportFile): Settings {
  return { bannersEnabled: file.settings.bannersEnabled, reminderDays: file.settings.reminderDays };
}

export async function applyImport(store: Store, file: ExportFile): Promise<void> {
  for (const [id, theirs] of Object.entries(file.accounts)) {
    if (vendorById(id) === undefined) continue; // a vendor this version does not know
    await store.update(vendorStates.member(id), (mine) => mergeAccount(mine, theirs));
  }
  await store.set(settings, preferencesOf(file));
  await store.update(bannerPrefs, (mine) => ({
    muted: [...new Set([...mine.muted, ...file.bannerPrefs.muted])],
    snoozed: { ...mine.snoozed, ...file.bannerPrefs.snoozed },
    incidentsSeen: { ...mine.incidentsSeen, ...file.bannerPrefs.incidentsSeen },
  }));
  await store.update(home, (mine) => {
    const marks = { ...file.home.marks };
    for (const [item, at] of Object.entries(mine.marks) as Array<[keyof typeof marks, string]>) {
      if (newer(at, marks[item])) marks[item] = at;
    }
    const router = newer(mine.router?.at, file.home.router?.at) ? mine.router : file.home.router;
    return router ? { marks, router } : { marks };
  });
}

/** Deletes everything HomeGuard stored, in every area; the store starts again empty. */
export async function deleteAll(areas: Areas): Promise<void> {
  for (const area of [areas.local, areas.sync, areas.session, areas.secret]) {
    const keys = Object.keys(await area.get(null));
    if (keys.length > 0) await area.remove(keys);
  }
  await areas.local.set({ storeVersion: STORE_VERSION });
}
