import { describe, expect, it } from 'vitest';
import { PBKDF2_ITERATIONS, fingerprint, newSalt, reuseFlags } from '../../../../src/background/passwords/reuse';

describe('reuse fingerprints', () => {
  it('uses PBKDF2 with at least 600,000 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('is the same for the same password and salt, different for another salt or password', async () => {
    const salt = newSalt();
    const a = await fingerprint('hunter2hunter2', salt, 1000);
    expect(await fingerprint('hunter2hunter2', salt, 1000)).toBe(a);
    expect(await fingerprint('hunter2hunter2', newSalt(), 1000)).not.toBe(a);
    expect(await fingerprint('hunter3hunter3', salt, 1000)).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toContain('hunter2');
  });

  it('makes a random 16-byte salt each time', () => {
    expect(newSalt()).not.toBe(newSalt());
    expect(atob(newSalt())).toHaveLength(16);
  });

  it('flags every vendor that shares a fingerprint', () => {
    const flags = reuseFlags(
      new Map([
        ['ring', 'A'],
        ['wyze', 'B'],
        ['arlo', 'A'],
      ]),
    );
    expect(Object.fromEntries(flags)).toEqual({ ring: true, wyze: false, arlo: true });
  });
});
