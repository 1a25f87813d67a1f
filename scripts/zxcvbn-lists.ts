/**
 * Ships zxcvbn's frequency lists as a file of their own (background/passwords/frequency-lists.ts
 * says why): the build writes them to `zxcvbn-frequency-lists.txt`, one line per list, and
 * resolves the library's `require('./frequency_lists')` to the object the worker fills
 * from that file before the library is first required. The build fails if the library no longer
 * asks for its lists that way, so the lists can never be left in the script unnoticed.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { FREQUENCY_LISTS_FILE, frequencyListsFile } from '../src/background/passwords/frequency-lists.ts';

const MATCHING = /[\\/]zxcvbn[\\/]lib[\\/]matching\.js$/;
const FILLED_LISTS = resolve('src/background/passwords/zxcvbn-frequency-lists.cjs');

/** The library's own lists, by dictionary name, most common word first. */
export function packageFrequencyLists(): Record<string, string[]> {
  return createRequire(import.meta.url)('zxcvbn/lib/frequency_lists.js') as Record<string, string[]>;
}

export function zxcvbnLists(): Plugin {
  let redirected = false;
  return {
    name: 'homeguard:zxcvbn-lists',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './frequency_lists' || importer === undefined || !MATCHING.test(importer)) return null;
      redirected = true;
      return FILLED_LISTS;
    },
    generateBundle(_options, bundle) {
      const hasWorker = Object.values(bundle).some(
        (file) => file.type === 'chunk' && file.moduleIds.some((id) => MATCHING.test(id)),
      );
      if (!hasWorker) return;
      if (!redirected)
        this.error("zxcvbn's matching module no longer requires './frequency_lists': update scripts/zxcvbn-lists.ts");
      this.emitFile({
        type: 'asset',
        fileName: FREQUENCY_LISTS_FILE,
        source: frequencyListsFile(packageFrequencyLists()),
      });
    },
  };
}
