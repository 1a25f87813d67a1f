/**
 * `npm run package`: one store-ready zip per browser from the fresh builds in dist/chrome and
 * dist/firefox, written to dist/packages/homeguard-<browser>-<version>.zip.
 */
import { readFileSync } from 'node:fs';
import webExt from 'web-ext';

const targets = [
  { name: 'chrome', dir: 'dist/chrome' },
  { name: 'firefox', dir: 'dist/firefox' },
];

for (const { name, dir } of targets) {
  const { version } = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { version: string };
  const filename = `homeguard-${name}-${version}.zip`;
  await webExt.cmd.build(
    { sourceDir: dir, artifactsDir: 'dist/packages', filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`dist/packages/${filename}`);
}
