/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { buildManifest, loadVendors, type Target } from './scripts/manifest.ts';
import { splitHostAccess } from './src/vendors/host-access.ts';
import { leakedPasswords } from './scripts/leaked-passwords.ts';
import { compileHint } from './scripts/compile-hint.ts';
import { noHtmlSink } from './scripts/no-html-sink.ts';
import { polyfillModule } from './scripts/polyfill-module.ts';
import { privacyPage } from './scripts/privacy-page.ts';
import { thirdPartyNotices } from './scripts/third-party-notices.ts';
import { zxcvbnLists } from './scripts/zxcvbn-lists.ts';

// `vite build --mode chrome` and `--mode firefox` build the two targets from one manifest source.
export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const vendors = loadVendors('src/vendors');
  const manifest = buildManifest(base, vendors, target);
  return {
    // Worked out here, not when the worker starts (5-30 ms of each start): see optional-vendors.ts.
    define: { __OPTIONAL_VENDOR_ACCESS__: JSON.stringify(splitHostAccess(vendors).optional) },
    plugins: [
      noHtmlSink(),
      polyfillModule(),
      mode === 'test' ? [] : zxcvbnLists(),
      // Before the notices, which credit the data set when its file is in the bundle.
      mode === 'test' ? [] : leakedPasswords(),
      thirdPartyNotices(),
      privacyPage(),
      preact(),
      mode === 'test'
        ? []
        : crx({
            manifest: manifest as unknown as ManifestV3Export,
            browser: target,
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
      mode === 'test' ? [] : compileHint(),
    ],
    // The dev server (npm run dev) writes its loader build apart, so dist/<target> stays the release build.
    build: {
      outDir: command === 'serve' ? `dist/dev-${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
