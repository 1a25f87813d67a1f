/**
 * The on-device leaked-password filter, measured: every listed password is found (a Bloom filter
 * has no false negatives), strong passwords and passphrases are almost never flagged, and it
 * stays small. The list is SecLists' top 100,000 as the build takes it (scripts/leaked-passwords.ts).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deserialize, mightContain } from '../../../../src/background/passwords/bloom';
import { leakedCheck } from '../../../../src/background/passwords/leaked';
import { LEAKED_COUNT, leakedFilterBytes, leakedSource } from '../../../../scripts/leaked-passwords';
import { pick, seeded, strongPasswords } from '../../helpers/password-corpus';

const bytes = leakedFilterBytes();
const filter = deserialize(bytes);
const check = leakedCheck(async () => bytes);

describe('the leaked-password filter', () => {
  it('holds the 100,000 most common leaked passwords and finds a held-back sample of them all', async () => {
    const list = leakedSource();
    expect(list).toHaveLength(LEAKED_COUNT);
    expect(list.every((password) => mightContain(filter, password))).toBe(true);
    const sample = pick(list, 5000, seeded(99));
    const found = (await Promise.all(sample.map(check))).filter(Boolean).length;
    expect(found / sample.length).toBeGreaterThanOrEqual(0.99);
  });

  it('flags at most 0.1 % of random strong passwords and passphrases', async () => {
    const strong = strongPasswords(20_000, seeded(7));
    const flagged = (await Promise.all(strong.map(check))).filter(Boolean).length;
    expect(flagged / strong.length).toBeLessThanOrEqual(0.001);
  });

  it('stays within its size budget (400 KiB gzip)', () => {
    expect(gzipSync(bytes).length).toBeLessThan(400 * 1024);
  });

  it('refuses a damaged or foreign file instead of answering from it', () => {
    expect(() => deserialize(bytes.subarray(0, 100))).toThrow();
    expect(() => deserialize(new TextEncoder().encode('PK\u0003\u0004 not a filter'))).toThrow();
  });
});
