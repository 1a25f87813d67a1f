/** Remembers which vendors the user has an account with, from their visits to vendor pages. */
import { vendorStates, type Store } from '../shared/storage';

export async function recordVisit(store: Store, vendorId: string, now: Date): Promise<{ firstVisit: boolean }> {
  const at = now.toISOString();
  let firstVisit = false;
  await store.update(vendorStates.member(vendorId), (state) => {
    firstVisit = state === null;
    return { ...state, firstSeen: state?.firstSeen ?? at, lastSeen: at, visits: (state?.visits ?? 0) + 1 };
  });
  return { firstVisit };
}
