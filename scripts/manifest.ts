/**
 * Builds the shipped manifest for one browser from the base manifest.json and the vendor
 * database: the host permissions (every vendor host) and the content-script matches (the
 * vendors' account pages only) come only from the vendor files, so they cannot drift from the data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitHostAccess } from '../src/vendors/host-access.ts';
import { accountMatchPatterns, hostBelongsTo, matchPatterns } from '../src/vendors/match-patterns.ts';
import { parseVendor, type Vendor } from '../src/vendors/schema.ts';
import { sourceProblems } from '../src/vendors/source-rules.ts';

export type Target = 'chrome' | 'firefox';

/**
 * Reads and validates every vendor file, its schema and its source rules (docs/vendor-data.md);
 * throws with every problem listed, each naming the file and the field.
 */
export function loadVendors(dir: string, today = new Date().toISOString().slice(0, 10)): Vendor[] {
  const problems: string[] = [];
  const vendors: Vendor[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const result = parseVendor(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.ok) problems.push(...result.problems.map((p) => `${file}: ${p}`));
    else if (`${result.vendor.id}.json` !== file)
      problems.push(`${file}: id "${result.vendor.id}" must equal the file name`);
    else {
      const rules = sourceProblems(result.vendor, today);
      problems.push(...rules.map((p) => `${file}: ${p.field}: ${p.message}`));
      if (rules.length === 0) vendors.push(result.vendor);
    }
  }
  problems.push(...overlaps(vendors));
  if (problems.length > 0) throw new Error(`Invalid vendor database:\n${problems.join('\n')}`);
  return vendors;
}

/** A host claimed by two vendors would make the popup and the account state guess whose it is. */
function overlaps(vendors: readonly Vendor[]): string[] {
  const problems: string[] = [];
  for (const vendor of vendors) {
    const claimed = [
      ...vendor.match.domains.map((host) => ['domains', host] as const),
      ...vendor.match.hosts.map((host) => ['hosts', host] as const),
      ...(vendor.match.platformHosts ?? []).map((host) => ['platformHosts', host] as const),
    ];
    for (const other of vendors) {
      if (other === vendor) continue;
      for (const [field, host] of claimed) {
        const theirs =
          hostBelongsTo(host, other.match) ||
          other.match.domains.some((d) => d.endsWith(`.${host}`)) ||
          (field === 'platformHosts' && (other.match.platformHosts ?? []).includes(host));
        if (theirs) problems.push(`${vendor.id}.json: match.${field}: ${host} overlaps ${other.id}'s hosts`);
      }
    }
  }
  return problems;
}

export { accountMatchPatterns, matchPatterns };

type Manifest = Record<string, unknown> & {
  background: Record<string, unknown>;
  content_scripts: Array<Record<string, unknown>>;
};

export function buildManifest(base: Manifest, vendors: readonly Vendor[], target: Target): Manifest {
  // Hosts beyond the first release's stay optional (src/vendors/host-access.ts).
  const access = splitHostAccess(vendors);
  const manifest: Manifest = structuredClone(base);
  manifest.host_permissions = access.required;
  // Listed one by one although "all sites" covers them, so a reviewer sees which they are.
  manifest.optional_host_permissions = [
    ...new Set([
      ...((base.optional_host_permissions as string[] | undefined) ?? []),
      ...access.optional.flatMap((vendor) => vendor.origins),
    ]),
  ];
  manifest.content_scripts = manifest.content_scripts.map((script) => ({
    ...script,
    matches: access.contentScriptMatches,
  }));
  const worker = base.background.service_worker as string;
  if (target === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages; crxjs reads background.scripts[0].
    manifest.background = { scripts: [worker], type: 'module' };
  } else {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: worker, type: 'module' };
  }
  return manifest;
}
