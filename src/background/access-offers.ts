/**
 * The popup's offers to allow HomeGuard on vendors added since the first release: one per vendor
 * whose hosts the browser has not granted yet and the user has not declined. The grant itself is
 * the user's click in the popup; the background only registers the content script after it.
 */
import type { AccessOffer } from '../shared/messages';
import { allowedVendors, declinedAccess, type Store } from '../shared/storage';
import type { OptionalAccess } from '../vendors/host-access';
import { OPTIONAL_VENDOR_ACCESS } from '../vendors/optional-vendors';

export async function accessOffers(
  store: Pick<Store, 'get'>,
  granted: (origins: string[]) => Promise<boolean>,
  all: readonly OptionalAccess[] = OPTIONAL_VENDOR_ACCESS,
): Promise<AccessOffer[]> {
  const declined = new Set(await store.get(declinedAccess));
  const open = all.filter((access) => !declined.has(access.vendorId));
  // Asked all at once: the popup waits for this before it shows anything.
  const held = await Promise.all(open.map((access) => granted(access.origins)));
  return open.filter((_, i) => !held[i]);
}

/**
 * Follows the browser's grants: a vendor is allowed by name when a grant named all its hosts, and
 * no longer once the browser stops holding any of them.
 */
export async function followGrants(
  store: Pick<Store, 'get' | 'set'>,
  change: { added?: string[] },
  holds: (origins: string[]) => Promise<boolean>,
  all: readonly OptionalAccess[] = OPTIONAL_VENDOR_ACCESS,
): Promise<void> {
  const added = new Set(change.added ?? []);
  const named = all.filter((a) => a.origins.every((o) => added.has(o))).map((a) => a.vendorId);
  const held = new Set<string>();
  for (const access of all) if (await holds(access.origins)) held.add(access.vendorId);
  const before = await store.get(allowedVendors);
  const after = [...new Set([...before, ...named])].filter((id) => held.has(id));
  // Written only when it changes: a grant of something else leaves storage as it was.
  if (after.join() !== before.join()) await store.set(allowedVendors, after);
}

export async function declineAccess(store: Pick<Store, 'update'>, vendorId: string): Promise<void> {
  if (!OPTIONAL_VENDOR_ACCESS.some((a) => a.vendorId === vendorId))
    throw new Error(`no optional access for ${vendorId}`);
  await store.update(declinedAccess, (list) => (list.includes(vendorId) ? list : [...list, vendorId]));
}
