/** The per-install salt for fingerprints and address hashes, made on first use. */
import { installSalt, type Store } from '../shared/storage';
import { newSalt } from './passwords/reuse';

export async function ensureInstallSalt(store: Store): Promise<string> {
  return (await store.get(installSalt)) ?? (await store.update(installSalt, (current) => current ?? newSalt()))!;
}
