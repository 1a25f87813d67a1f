import { describe, expect, it } from 'vitest';
import { VENDORS } from '../../../src/vendors';
import { compareVendorNames } from '../../../src/vendors/names';

describe('compareVendorNames', () => {
  it('orders every vendor as the collators of the six languages do', () => {
    const names = VENDORS.map((vendor) => vendor.name);
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl']) {
      const collator = new Intl.Collator(locale);
      expect([...names].sort(compareVendorNames)).toEqual([...names].sort(collator.compare));
    }
  });

  it('orders names that differ only in case, and equal names, stably', () => {
    expect(['ring', 'Ring', 'Arlo'].sort(compareVendorNames)).toEqual(['Arlo', 'Ring', 'ring']);
    expect(compareVendorNames('Wyze', 'Wyze')).toBe(0);
  });
});
