/**
 * What the vendor's own pages show about the account, turned into stored state: 2FA on or off
 * (and from where HomeGuard knows it), people with shared access (as salted hashes only) and
 * linked voice assistants. Latest observation wins.
 */
import type { Payload } from '../shared/messages';
import { recentLogins, vendorStates, type Store, type TwoFactorState, type VendorState } from '../shared/storage';
import type { TwoFactorMethod } from '../vendors/schema';
import { ensureInstallSalt } from './salt';

/** A 2FA challenge this soon after a password was submitted in the same tab means 2FA is on. */
export const LOGIN_FLOW_WINDOW_MS = 10 * 60_000;

export interface SharedDelta {
  /** People with access now. */
  total: number;
  /** People not there at the last review; null at the first review. */
  added: number | null;
  /** When the last review was. */
  since: string | null;
}

/** A salted SHA-256 of an address: equal addresses give equal hashes, and nothing gives the address back. */
export async function hashAddress(email: string, salt: string): Promise<string> {
  const data = new TextEncoder().encode(`${salt}:${email.trim().toLowerCase()}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return btoa(String.fromCharCode(...digest));
}

export async function applyFindings(
  store: Store,
  findings: Omit<Payload<'page/findings'>, 'page'>,
  tabId: number,
  now: Date,
): Promise<{ state: VendorState; shared: SharedDelta | null }> {
  const at = now.toISOString();
  const { vendorId } = findings;
  let twoFactor: VendorState['twoFactor'];
  if (findings.twoFactor) {
    twoFactor = { ...findings.twoFactor, source: 'settings-page', at };
  } else if (findings.kinds.includes('two-factor-challenge')) {
    const login = await store.get(recentLogins.member(String(tabId)));
    if (login !== null && login.vendorId === vendorId && now.getTime() - login.at < LOGIN_FLOW_WINDOW_MS) {
      twoFactor = { status: 'on', source: 'login-flow', at };
    }
  }
  const hashes = findings.sharedUsers
    ? await ensureInstallSalt(store).then(async (salt) => [
        ...new Set(await Promise.all(findings.sharedUsers!.emails.map((email) => hashAddress(email, salt)))),
      ])
    : undefined;

  let shared: SharedDelta | null = null;
  const state = await store.update(vendorStates.member(vendorId), (current) => {
    const base = current ?? { firstSeen: at, lastSeen: at, visits: 0 };
    const next: VendorState = { ...base };
    // A method the user confirmed is kept when a later page only says "on".
    if (twoFactor)
      next.twoFactor = {
        ...twoFactor,
        method: twoFactor.method ?? (twoFactor.status === 'on' ? base.twoFactor?.method : undefined),
      };
    if (hashes) {
      const before = new Set(base.sharedUsers?.hashes ?? []);
      shared = {
        total: hashes.length,
        added: base.sharedUsers ? hashes.filter((h) => !before.has(h)).length : null,
        since: base.sharedUsers?.reviewedAt ?? null,
      };
      next.sharedUsers = { hashes, reviewedAt: at };
    }
    if (findings.linked) next.linked = { services: { ...base.linked?.services, ...findings.linked }, at };
    return next;
  });
  return { state: state!, shared };
}

/** Remembers that a password was just submitted in a tab, for the login-flow inference. */
export async function noteLogin(store: Store, tabId: number, vendorId: string, now: Date): Promise<void> {
  await store.set(recentLogins.member(String(tabId)), { vendorId, at: now.getTime() });
}

/** The user says they already use 2FA (any method, a passkey or the vendor's app): stop asking. */
export async function confirmTwoFactor(
  store: Store,
  vendorId: string,
  method: TwoFactorMethod | undefined,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await store.update(vendorStates.member(vendorId), (current) => {
    const twoFactor: TwoFactorState = { status: 'on', source: 'user', at };
    if (method) twoFactor.method = method;
    return { ...(current ?? { firstSeen: at, lastSeen: at, visits: 0 }), twoFactor };
  });
}
