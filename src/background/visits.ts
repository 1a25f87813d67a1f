/** Remembers which vendors the user has an account with, from their visits to vendor pages. */
import type { VendorSeen } from '../shared/messages';
import { fingerprints, vendorStates, type Store } from '../shared/storage';
import { vendorById } from '../vendors';

export async function recordVisit(store: Store, vendorId: string, now: Date): Promise<{ firstVisit: boolean }> {
  const at = now.toISOString();
  let firstVisit = false;
  await store.update(vendorStates.member(vendorId), (state) => {
    firstVisit = state === null;
    return { ...state, firstSeen: state?.firstSeen ?? at, lastSeen: at, visits: (state?.visits ?? 0) + 1 };
  });
  return { firstVisit };
}

/** Vendors seen so far, most recent first; ids no longer in the database are skipped. */
export async function seenVendors(store: Store): Promise<VendorSeen[]> {
  const states = await store.getFamily(vendorStates);
  const prints = await store.getFamily(fingerprints);
  const seen: VendorSeen[] = [];
  for (const [id, state] of states) {
    const vendor = vendorById(id);
    if (vendor === undefined || state === null) continue;
    const mine = prints.get(id)?.hash;
    const reusedWith = [...prints]
      .filter(([other, fp]) => other !== id && mine !== undefined && fp?.hash === mine)
      .map(([other]) => vendorById(other)?.name ?? other)
      .sort();
    const password = state.password
      ? { score: state.password.score, breach: state.password.breach, checkedAt: state.password.ratedAt, reusedWith }
      : null;
    const mandatory = vendor.twoFactor.mandatory !== 'unknown' && vendor.twoFactor.mandatory.value;
    const twoFactor = state.twoFactor ? { ...state.twoFactor, mandatory } : { status: 'unknown' as const, mandatory };
    seen.push({ id, name: vendor.name, firstSeen: state.firstSeen, lastSeen: state.lastSeen, password, twoFactor });
  }
  return seen.sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name));
}
