import { describe, expect, it } from 'vitest';
import { optionalAccess } from '../../../src/vendors/host-access';
import { VENDOR_MATCHES } from '../../../src/vendors/lookup';
import { OPTIONAL_VENDOR_ACCESS } from '../../../src/vendors/optional-vendors';

describe('optional vendor access', () => {
  it('is, as built, what the vendor files call for', () => {
    // The build computes the list from the vendor files (vite.config.ts); here it is worked out again from the lookup table.
    const expected = VENDOR_MATCHES.flatMap((vendor) => optionalAccess(vendor) ?? []);
    expect(expected.length).toBeGreaterThan(0);
    expect(OPTIONAL_VENDOR_ACCESS).toEqual(expected);
  });
});
