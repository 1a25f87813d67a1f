/**
 * `npm run dev`: develop with the browser open and the extension rebuilt as you edit.
 *   npm run dev                      Chromium: the crxjs dev server (hot reload for the popup and
 *                                    the settings page, the content script and worker reloaded)
 *                                    with the extension loaded from dist/dev-chrome
 *   npm run dev -- --browser=firefox Firefox ESR: `vite build --watch` into dist/firefox and
 *                                    `web-ext run`, which reloads the add-on after every build
 * The browser gets a fresh profile each time and closes with Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH } from '../test/harness/browsers';

const firefox = process.argv.includes('--browser=firefox');
const children: ChildProcess[] = [];
const run = (command: string, args: string[]) => {
  const child = spawn(command, args, { stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (code) stop(code);
  });
  return child;
};
const profile = mkdtempSync(join(tmpdir(), 'homeguard-dev-'));
function stop(code = 0): never {
  for (const child of children) child.kill('SIGTERM');
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

/** Waits for the first build to have written its manifest. */
async function firstBuild(dir: string): Promise<void> {
  for (let waited = 0; !existsSync(join(dir, 'manifest.json')); waited += 250) {
    if (waited > 120_000) throw new Error(`no build in ${dir} after 2 minutes`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

const vite = resolve('node_modules/vite/bin/vite.js');
if (firefox) {
  rmSync('dist/firefox', { recursive: true, force: true });
  run(process.execPath, [vite, 'build', '--watch', '--mode', 'firefox']);
  await firstBuild('dist/firefox');
  run(process.execPath, [
    resolve('node_modules/web-ext/bin/web-ext.js'),
    'run',
    '--source-dir=dist/firefox',
    `--firefox=${FIREFOX_PATH}`,
    `--firefox-profile=${profile}`,
    '--start-url=about:debugging#/runtime/this-firefox',
  ]);
} else {
  rmSync('dist/dev-chrome', { recursive: true, force: true });
  run(process.execPath, [vite, '--mode', 'chrome']);
  await firstBuild('dist/dev-chrome');
  run(CHROMIUM_PATH, [
    `--user-data-dir=${profile}`,
    `--load-extension=${resolve('dist/dev-chrome')}`,
    '--no-first-run',
    'chrome://extensions',
  ]);
}
