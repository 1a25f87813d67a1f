/**
 * `npm run package`: one store-ready zip per browser from the fresh builds in dist/chrome and
 * dist/firefox, written to dist/packages/homeguard-<browser>-<version>.zip, and the source
 * package AMO asks for, homeguard-source-<version>.zip (see BUILDING.md inside it).
 */
import { readFileSync } from 'node:fs';
import webExt from 'web-ext';
import { writeSourcePackage } from './source-package.ts';

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

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const source = `dist/packages/homeguard-source-${version}.zip`;
await writeSourcePackage(source);
console.log(source);
