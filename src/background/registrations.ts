/**
 * The content scripts registered at run time, while the browser grants their access: the router
 * check on router admin hosts and the look-alike warning on every other site (while the user has
 * them on), and the vendor pages added since the first release (while the user allows them; see
 * vendors/host-access.ts). They run the same content script file as the manifest's vendor pages.
 */
import { OPTIONAL_VENDOR_ACCESS } from '../vendors/optional-vendors';
import { matchPatterns } from '../vendors/match-patterns';
import { VENDOR_MATCHES } from '../vendors/lookup';
import type { OptIns } from '../shared/storage';
import { ALL_SITES } from '../shared/optional-origins';
import { routerMatches } from '../shared/router-hosts';

const IDS = { router: 'homeguard-router', lookalike: 'homeguard-lookalike' };
const VENDOR_ID_PREFIX = 'homeguard-vendor-';
const ours = (id: string) => Object.values(IDS).includes(id) || id.startsWith(VENDOR_ID_PREFIX);

export interface Registration {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  runAt: 'document_idle';
}

export interface ScriptingApi {
  hasOrigins(origins: string[]): Promise<boolean>;
  registered(): Promise<string[]>;
  register(scripts: Registration[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/**
 * The manifest's content script as a path from the extension's root: Firefox reports it as an
 * absolute URL, and both browsers register only relative paths.
 */
export function scriptPath(manifestEntry: string | undefined, extensionRoot: string): string {
  return new URL(manifestEntry ?? 'src/content/index.js', extensionRoot).pathname.slice(1);
}

/** Which registrations the settings and granted access call for. */
export async function wantedScripts(prefs: OptIns, api: ScriptingApi, contentScript: string): Promise<Registration[]> {
  const wanted: Registration[] = [];
  const routers = routerMatches(prefs.routerHosts);
  if (prefs.routerCheck && (await api.hasOrigins(routers))) {
    wanted.push({ id: IDS.router, matches: routers, js: [contentScript], runAt: 'document_idle' });
  }
  if (prefs.lookalikeWarnings && (await api.hasOrigins(ALL_SITES))) {
    wanted.push({
      id: IDS.lookalike,
      matches: ALL_SITES,
      // Vendor pages have their own content script; router pages the router check.
      excludeMatches: [...matchPatterns(VENDOR_MATCHES), ...routers],
      js: [contentScript],
      runAt: 'document_idle',
    });
  }
  for (const access of OPTIONAL_VENDOR_ACCESS) {
    // A vendor known only by its domains (no account page yet) has nothing to run on.
    if (access.matches.length === 0 || !(await api.hasOrigins(access.origins))) continue;
    wanted.push({
      id: VENDOR_ID_PREFIX + access.vendorId,
      matches: access.matches,
      js: [contentScript],
      runAt: 'document_idle',
    });
  }
  return wanted;
}

export async function syncRegistrations(prefs: OptIns, api: ScriptingApi, contentScript: string): Promise<string[]> {
  const wanted = await wantedScripts(prefs, api, contentScript);
  const registered = (await api.registered()).filter(ours);
  if (registered.length > 0) await api.unregister(registered);
  if (wanted.length > 0) await api.register(wanted);
  return wanted.map((r) => r.id);
}

/**
 * The sync as the background runs it: both a settings change and the browser's grant trigger
 * it, often together. Runs go one at a time, each reading the settings when it starts, so an
 * older run can never undo what a newer one registered.
 */
export function serialSync(readPrefs: () => Promise<OptIns>, api: ScriptingApi, contentScript: string) {
  let queue: Promise<unknown> = Promise.resolve();
  return (): Promise<string[]> => {
    const run = queue.then(async () => syncRegistrations(await readPrefs(), api, contentScript));
    queue = run.catch(() => undefined);
    return run;
  };
}
