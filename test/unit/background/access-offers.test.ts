import { describe, expect, it } from 'vitest';
import { accessOffers, declineAccess, followGrants } from '../../../src/background/access-offers';
import { readableHost } from '../../../src/vendors/host-access';
import { allowedVendors, createStore, declinedAccess } from '../../../src/shared/storage';
import { OPTIONAL_VENDOR_ACCESS } from '../../../src/vendors/optional-vendors';
import { memoryAreas } from '../helpers/memory-area';

describe('offers to allow vendors added since the first release', () => {
  it('offers every such vendor the browser has not granted, with hosts a person reads', async () => {
    const store = createStore(memoryAreas());
    const offers = await accessOffers(store, async () => false);
    expect(offers.map((o) => o.vendorId)).toEqual(OPTIONAL_VENDOR_ACCESS.map((a) => a.vendorId));
    expect(offers.map((o) => o.vendorId)).toEqual(expect.arrayContaining(['vivint', 'amazon', 'google-nest']));
    const amazon = offers.find((o) => o.vendorId === 'amazon')!;
    // Only Amazon's platform pages are new: alexa.amazon.com was held from the first release.
    expect(amazon.origins).not.toContain('https://alexa.amazon.com/*');
    expect(amazon.hosts).toContain('www.amazon.com');
    expect(offers.find((o) => o.vendorId === 'vivint')!.hosts).toEqual(['vivint.com', 'vivintsky.com']);
  });

  it('leaves out what is granted and what the user declined, and refuses an unknown vendor', async () => {
    const store = createStore(memoryAreas());
    const vivint = OPTIONAL_VENDOR_ACCESS.find((a) => a.vendorId === 'vivint')!;
    await declineAccess(store, 'amazon');
    await declineAccess(store, 'amazon');
    expect(await store.get(declinedAccess)).toEqual(['amazon']);
    const offers = await accessOffers(store, async (origins) => origins.join() === vivint.origins.join());
    expect(offers.map((o) => o.vendorId)).not.toContain('amazon');
    expect(offers.map((o) => o.vendorId)).not.toContain('vivint');
    await expect(declineAccess(store, 'ring')).rejects.toThrow(/no optional access for ring/);
    await expect(declineAccess(store, 'no-such-vendor')).rejects.toThrow();
  });

  it('reads host patterns as hosts', () => {
    expect(readableHost('https://*.vivint.com/*')).toBe('vivint.com');
    expect(readableHost('https://www.amazon.co.uk/*')).toBe('www.amazon.co.uk');
  });
});

describe('following the browser’s grants of vendors added since the first release', () => {
  const vivint = OPTIONAL_VENDOR_ACCESS.find((a) => a.vendorId === 'vivint')!;
  const amazon = OPTIONAL_VENDOR_ACCESS.find((a) => a.vendorId === 'amazon')!;

  it('counts a vendor as allowed only when a grant named its hosts, not through access to every site', async () => {
    const store = createStore(memoryAreas());
    const held = new Set<string>();
    const holds = async (origins: string[]) => origins.every((o) => held.has(o) || held.has('https://*/*'));
    held.add('https://*/*'); // the look-alike warning's access
    await followGrants(store, { added: ['https://*/*'] }, holds);
    expect(await store.get(allowedVendors)).toEqual([]);
    for (const o of vivint.origins) held.add(o);
    await followGrants(store, { added: vivint.origins }, holds);
    expect(await store.get(allowedVendors)).toEqual(['vivint']);
    for (const o of amazon.origins) held.add(o);
    await followGrants(store, { added: amazon.origins }, holds);
    expect(await store.get(allowedVendors)).toEqual(['vivint', 'amazon']);
    held.clear(); // Chromium takes the narrower grants with "every site"
    for (const o of amazon.origins) held.add(o);
    await followGrants(store, {}, holds);
    expect(await store.get(allowedVendors)).toEqual(['amazon']);
  });
});
