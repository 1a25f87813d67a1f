/** The whole vendor knowledge base, for the background and the extension pages (never the content script). */
import type { Vendor } from './schema';

const files = import.meta.glob<Vendor>('./*.json', { eager: true, import: 'default' });

/** Every vendor, in file-name order. The files were validated at build time and by the tests. */
export const VENDORS: readonly Vendor[] = Object.keys(files)
  .sort()
  .map((file) => files[file]!);

const byId = new Map(VENDORS.map((vendor) => [vendor.id, vendor]));

export function vendorById(id: string): Vendor | undefined {
  return byId.get(id);
}
