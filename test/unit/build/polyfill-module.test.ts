import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillModule } from '../../../scripts/polyfill-module';

const POLYFILL = 'node_modules/webextension-polyfill/dist/browser-polyfill.js';

function transform(code: string, id: string): { code: string } | null {
  const hook = polyfillModule().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, id);
}

describe('the polyfill as an ES module', () => {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  afterEach(() => {
    delete scope.browser;
    delete scope.chrome;
  });

  it("exports the browser's own namespace itself, not a copy that touched every API in it", async () => {
    const built = transform(readFileSync(POLYFILL, 'utf8'), join(process.cwd(), POLYFILL));
    expect(built).not.toBeNull();
    const file = join(mkdtempSync(join(tmpdir(), 'polyfill-')), 'browser-polyfill.mjs');
    writeFileSync(file, built!.code);
    const touched: string[] = [];
    // A namespace the browser builds on first touch, as Chromium and Firefox do.
    const native = Object.defineProperty({ runtime: { id: 'extension-id' } }, 'management', {
      enumerable: true,
      get: () => touched.push('management'),
    });
    scope.chrome = { runtime: { id: 'extension-id' } };
    scope.browser = native;
    const loaded = (await import(pathToFileURL(file).href)) as { default: unknown };
    expect(loaded.default).toBe(native);
    expect(touched).toEqual([]);
  });

  it('leaves every other file alone', () => {
    expect(transform('module.exports = 1;', '/x/node_modules/other/index.js')).toBeNull();
  });

  it('fails the build when the polyfill no longer has its UMD header', () => {
    expect(() => transform('module.exports = globalThis.browser;', `/x/${POLYFILL}`)).toThrow(/UMD header/);
  });
});
