/**
 * Writes THIRD-PARTY-NOTICES.txt into the build: the licence of every npm package and data set
 * that actually ended up in the bundles (read from the bundles' module lists, so the notice
 * follows the code), as their licences ask when they are redistributed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Bundled data taken from third-party data sets, by the end of the bundled file's path (a
 * directory ending in "/" covers every file in it), with the set's name and licence file.
 */
const DATA_SETS: Record<string, Array<{ name: string; licence: string }>> = {
  'src/background/router/default-passwords.json': [
    {
      name: 'DefaultCreds-Cheat-Sheet (ihebski/DefaultCreds-cheat-sheet), filtered',
      licence: 'data/default-credentials/LICENSE',
    },
  ],
  'src/background/lookalike/confusables.json': [
    {
      name: 'Unicode confusables data (UTS #39, confusables.txt 13.0.0, as the npm package unhomoglyph ships it), folded to Latin letters and digits',
      licence: 'data/unicode/LICENSE',
    },
  ],
  'data/top-sites/top-sites.json': [
    { name: 'top-sites (Kikobeats/top-sites): the 500 most linked-to domains', licence: 'data/top-sites/LICENSE' },
  ],
  // Vendor facts (2FA methods, documentation links, passkeys) taken from the two directories.
  'src/vendors/': [
    {
      name: '2FA Directory (2factorauth/twofactorauth, https://2fa.directory/)',
      licence: 'data/2fa-directory/LICENSE.md',
    },
    {
      name: 'Passkeys Directory (2factorauth/passkeys, https://passkeys.directory/), CC BY 4.0; facts taken from it are marked as such in the vendor files',
      licence: 'data/passkeys-directory/LICENSE.md',
    },
  ],
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
    const path = id.replace(/\\/g, '/');
    for (const key of Object.keys(DATA_SETS)) {
      if (key.endsWith('/') ? path.includes(`/${key}`) : path.endsWith(key)) data.add(key);
    }
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
    };
    return `${name} ${version} (${license})\n\n${licenceText(dir)}`;
  });
  for (const set of [...data].sort().flatMap((key) => DATA_SETS[key]!)) {
    if (!existsSync(join(root, set.licence))) throw new Error(`missing ${set.licence}`);
    sections.push(`${set.name}\n\n${readFileSync(join(root, set.licence), 'utf8').trim()}`);
  }
  return `HomeGuard includes the following third-party software and data.\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`;
}

/** Data files the build writes itself (not modules), by file name, with the set they come from. */
const BUILT_DATA: Record<string, { name: string; licence: string }> = {
  'leaked-passwords.bin': {
    name: 'SecLists (OWASP), 10 million password list, top 100,000, as a Bloom filter; CC BY-SA 3.0',
    licence: 'data/seclists/NOTICE.md',
  },
};

export function thirdPartyNotices(): Plugin {
  return {
    name: 'homeguard:third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? Object.keys(item.modules) : []));
      if (ids.length === 0) return;
      const built = Object.keys(BUILT_DATA).filter((file) => file in bundle);
      const extra = built
        .map((file) => BUILT_DATA[file]!)
        .map((set) => `${set.name}\n\n${readFileSync(join(process.cwd(), set.licence), 'utf8').trim()}`);
      const notices = noticesFor(ids, process.cwd());
      const source = extra.length === 0 ? notices : `${notices}\n${'-'.repeat(72)}\n\n${extra.join('\n\n')}\n`;
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source });
    },
  };
}
