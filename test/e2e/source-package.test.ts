/**
 * The AMO source package rebuilds the submitted files: unpacked into a temporary folder and built
 * there with the locked dependencies, it gives byte-identical extension files to the build in
 * dist/ (which `npm test` has just made from this working tree).
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSourcePackage } from '../../scripts/source-package';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the source package', () => {
  const work = mkdtempSync(join(tmpdir(), 'homeguard-source-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('rebuilds both extensions byte for byte from the locked dependencies', async () => {
    const zipFile = join(work, 'source.zip');
    const files = await writeSourcePackage(zipFile);
    expect(files).toEqual(expect.arrayContaining(['BUILDING.md', 'package-lock.json', 'vite.config.ts', 'PRIVACY.md']));
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false);

    const tree = join(work, 'tree');
    const zip = await JSZip.loadAsync(readFileSync(zipFile));
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      const target = join(tree, entry.name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('nodebuffer'));
    }
    // The locked dependencies: the lockfile in the package is the one node_modules was installed from.
    expect(readFileSync(join(tree, 'package-lock.json'), 'utf8')).toBe(readFileSync('package-lock.json', 'utf8'));
    symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
    for (const mode of ['chrome', 'firefox']) {
      execFileSync(
        process.execPath,
        ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--logLevel', 'error'],
        {
          cwd: tree,
          stdio: 'pipe',
          // As a person's shell runs it: vitest's NODE_ENV=test would change the bundles.
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tree },
        },
      );
      const submitted = resolve('dist', mode);
      const rebuilt = join(tree, 'dist', mode);
      const names = (dir: string) =>
        filesUnder(dir)
          .map((f) => relative(dir, f))
          .sort();
      expect(names(rebuilt)).toEqual(names(submitted));
      for (const name of names(submitted)) {
        expect(readFileSync(join(rebuilt, name)).equals(readFileSync(join(submitted, name))), `${mode}/${name}`).toBe(
          true,
        );
      }
    }
  }, 180_000);
});
