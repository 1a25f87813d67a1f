/**
 * Writes THIRD-PARTY-NOTICES.txt into the build: the licence of every npm package and data set
 * that actually ended up in the bundles (read from the bundles' module lists, so the notice
 * follows the code), as their licences ask when they are redistributed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Bundled data files taken from third-party data sets, with the set's name and licence file. */
const DATA_SETS: Record<string, { name: string; licence: string }> = {
  'src/background/router/default-passwords.json': {
    name: 'DefaultCreds-Cheat-Sheet (ihebski/DefaultCreds-cheat-sheet), filtered',
    licence: 'data/default-credentials/LICENSE',
  },
};

const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;

function licenceText(dir: string): string {
  const file = readdirSync(dir).find((name) => /^licen[cs]e/i.test(name));
  if (!file) throw new Error(`no licence file in ${dir}: cannot ship it without its notice`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

/** The notice for the given bundled module ids (absolute paths). */
export function noticesFor(moduleIds: Iterable<string>, root: string): string {
  const packages = new Set<string>();
  const data = new Set<string>();
  for (const id of moduleIds) {
    const pkg = PACKAGE.exec(id)?.[1]?.replace(/\\/g, '/');
    if (pkg) packages.add(pkg);
    for (const file of Object.keys(DATA_SETS)) if (id.replace(/\\/g, '/').endsWith(file)) data.add(file);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
    };
    return `${name} ${version} (${license})\n\n${licenceText(dir)}`;
  });
  for (const file of [...data].sort()) {
    const set = DATA_SETS[file]!;
    if (!existsSync(join(root, set.licence))) throw new Error(`missing ${set.licence}`);
    sections.push(`${set.name}\n\n${readFileSync(join(root, set.licence), 'utf8').trim()}`);
  }
  return `HomeGuard includes the following third-party software and data.\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`;
}

export function thirdPartyNotices(): Plugin {
  return {
    name: 'homeguard:third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? Object.keys(item.modules) : []));
      if (ids.length === 0) return;
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesFor(ids, process.cwd()) });
    },
  };
}
