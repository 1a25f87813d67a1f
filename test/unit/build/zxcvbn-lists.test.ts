import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { frequencyListsFile, frequencyListsReady } from '../../../src/background/passwords/frequency-lists';
import fetchedLists from '../../../src/background/passwords/zxcvbn-frequency-lists.cjs';
import { packageFrequencyLists, zxcvbnLists } from '../../../scripts/zxcvbn-lists';

const packageLists = createRequire(import.meta.url)('zxcvbn/lib/frequency_lists.js') as Record<string, string[]>;

describe("zxcvbn's frequency lists as a file of their own", () => {
  it('come back word for word, in order, from the file the build writes', async () => {
    const file = frequencyListsFile(packageFrequencyLists());
    const ready = frequencyListsReady(async () => file);
    await ready();
    expect(Object.keys(fetchedLists)).toEqual(Object.keys(packageLists));
    for (const name of Object.keys(packageLists)) expect(fetchedLists[name]).toEqual(packageLists[name]);
  });

  it('are read once, and again after a failed read', async () => {
    let reads = 0;
    const ready = frequencyListsReady(async () => {
      reads++;
      if (reads === 1) throw new Error('not readable');
      return 'passwords:a,b';
    });
    await expect(ready()).rejects.toThrow('not readable');
    await ready();
    await ready();
    expect(reads).toBe(2);
  });

  it("point only zxcvbn's matching module at the filled lists", () => {
    const resolveId = zxcvbnLists().resolveId as (source: string, importer?: string) => string | null;
    expect(resolveId('./frequency_lists', '/x/node_modules/zxcvbn/lib/matching.js')).toMatch(
      /src[\\/]background[\\/]passwords[\\/]zxcvbn-frequency-lists\.cjs$/,
    );
    expect(resolveId('./frequency_lists', '/x/node_modules/other/lib/matching.js')).toBeNull();
    expect(resolveId('./scoring', '/x/node_modules/zxcvbn/lib/matching.js')).toBeNull();
  });
});
