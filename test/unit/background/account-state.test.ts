import { describe, expect, it } from 'vitest';
import { applyFindings, confirmTwoFactor, hashAddress, noteLogin } from '../../../src/background/account-state';
import { createStore } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('account state from vendor pages', () => {
  it('records 2FA status from the settings page, latest wins', async () => {
    const areas = memoryAreas();
    const store = createStore(areas);
    await applyFindings(
      store,
      { vendorId: 'wyze', kinds: ['two-factor-settings'], twoFactor: { status: 'off' } },
      1,
      T0,
    );
    const { state } = await applyFindings(
      store,
      { vendorId: 'wyze', kinds: ['two-factor-settings'], twoFactor: { status: 'on', method: 'totp' } },
      1,
      later(5),
    );
    expect(state.twoFactor).toEqual({
      status: 'on',
      method: 'totp',
      source: 'settings-page',
      at: later(5).toISOString(),
    });
  });

  it('infers 2FA on from a challenge right after a password submit in the same tab only', async () => {
    const store = createStore(memoryAreas());
    await noteLogin(store, 4, 'arlo', T0);
    const otherTab = await applyFindings(store, { vendorId: 'arlo', kinds: ['two-factor-challenge'] }, 5, later(1));
    expect(otherTab.state.twoFactor).toBeUndefined();
    const tooLate = await applyFindings(store, { vendorId: 'arlo', kinds: ['two-factor-challenge'] }, 4, later(30));
    expect(tooLate.state.twoFactor).toBeUndefined();
    const { state } = await applyFindings(store, { vendorId: 'arlo', kinds: ['two-factor-challenge'] }, 4, later(1));
    expect(state.twoFactor).toMatchObject({ status: 'on', source: 'login-flow' });
  });

  it('keeps shared users as salted hashes and counts who was added since the last review', async () => {
    const areas = memoryAreas();
    const store = createStore(areas);
    const first = await applyFindings(
      store,
      { vendorId: 'ring', kinds: ['shared-users'], sharedUsers: { emails: ['ana@example.com', 'Li@Example.net'] } },
      1,
      T0,
    );
    expect(first.shared).toEqual({ total: 2, added: null, since: null });
    const second = await applyFindings(
      store,
      {
        vendorId: 'ring',
        kinds: ['shared-users'],
        sharedUsers: { emails: ['ana@example.com', 'li@example.net', 'eve@example.org', 'max@example.org'] },
      },
      1,
      later(60),
    );
    expect(second.shared).toEqual({ total: 4, added: 2, since: T0.toISOString() });
    const stored = JSON.stringify(areas.local.snapshot());
    for (const email of ['ana@example.com', 'li@example.net', 'eve@example.org', 'example'])
      expect(stored).not.toContain(email);
  });

  it('hashes an address the same way whatever its case, and differently with another salt', async () => {
    expect(await hashAddress('Ana@Example.com', 'c2FsdA==')).toBe(await hashAddress('ana@example.com', 'c2FsdA=='));
    expect(await hashAddress('ana@example.com', 'c2FsdA==')).not.toBe(await hashAddress('ana@example.com', 'b3RoZXI='));
  });

  it('merges linked services and records a confirmed method', async () => {
    const store = createStore(memoryAreas());
    await applyFindings(store, { vendorId: 'wyze', kinds: ['linked-services'], linked: { alexa: true } }, 1, T0);
    const { state } = await applyFindings(
      store,
      { vendorId: 'wyze', kinds: ['linked-services'], linked: { ifttt: false } },
      1,
      later(1),
    );
    expect(state.linked?.services).toEqual({ alexa: true, ifttt: false });
    await confirmTwoFactor(store, 'wyze', 'passkey', later(2));
    const after = await applyFindings(store, { vendorId: 'wyze', kinds: ['login'] }, 1, later(3));
    expect(after.state.twoFactor).toEqual({
      status: 'on',
      method: 'passkey',
      source: 'user',
      at: later(2).toISOString(),
    });
  });
});
