import { describe, expect, it } from 'vitest';
import { passwordSubmitted, pickNotice } from '../../../../src/background/passwords/submitted';
import type { BreachVerdict } from '../../../../src/shared/messages';
import { createStore } from '../../../../src/shared/storage';
import { memoryAreas } from '../../helpers/memory-area';
import { leakedCheck } from '../../../../src/background/passwords/leaked';
import { leakedFilterBytes } from '../../../../scripts/leaked-passwords';
import { sha1Upper } from '../../../harness/fake-hibp';

const CANARY = 'Canary-7f3a9c-Unique-Passphrase';

const leakedList = leakedCheck(async () => leakedFilterBytes());

function setup(breach: BreachVerdict = { status: 'off' }) {
  const areas = memoryAreas();
  const deps = {
    store: createStore(areas),
    now: () => new Date('2026-11-25T10:00:00Z'),
    checkBreach: async () => breach,
    isLeaked: leakedList,
    // The Node tests rate with the package's own lists (the built worker reads them from a file).
    zxcvbnReady: async () => undefined,
  };
  return { areas, deps };
}

function everything(areas: ReturnType<typeof memoryAreas>): string {
  return JSON.stringify([
    areas.local.snapshot(),
    areas.sync.snapshot(),
    areas.session.snapshot(),
    areas.secret.snapshot(),
  ]);
}

describe('passwordSubmitted', () => {
  it('keeps verdicts only: no password, no SHA-1, no prefix, no base64 of it', async () => {
    const { areas, deps } = setup({ status: 'not-found' });
    const outcome = await passwordSubmitted(deps, {
      id: 1,
      vendorId: 'ring',
      password: CANARY,
      form: 'login',
      userInputs: [],
    });
    expect(outcome).toMatchObject({ reused: false, breach: { status: 'not-found' }, notice: null });
    const stored = everything(areas);
    const sha1 = sha1Upper(CANARY);
    for (const secret of [CANARY, sha1, sha1.toLowerCase(), sha1.slice(0, 5), btoa(CANARY)]) {
      expect(stored).not.toContain(secret);
    }
    expect(areas.local.data.get('vendor.ring')).toMatchObject({
      password: { score: 4, form: 'login', reused: false, breach: { status: 'not-found' } },
    });
    // The fingerprint and the salt are in the secret area only, never where content scripts read.
    expect([...areas.secret.data.keys()].sort()).toEqual(['fingerprint.ring', 'installSalt']);
    expect([...areas.local.data.keys()].filter((key) => /fingerprint|salt/i.test(key))).toEqual([]);
  }, 20_000);

  it('flags reuse on both vendors, and clears it when one password changes', async () => {
    const { areas, deps } = setup();
    const submit = (vendorId: string, password: string) =>
      passwordSubmitted(deps, { id: 1, vendorId, password, form: 'login', userInputs: [] });
    await submit('ring', 'shared-Password-91!x');
    const second = await submit('wyze', 'shared-Password-91!x');
    expect(second.reused).toBe(true);
    expect(second.notice).toEqual({ kind: 'password-reused', changeUrl: null });
    expect((areas.local.data.get('vendor.ring') as { password: { reused: boolean } }).password.reused).toBe(true);
    await submit('ring', 'a-different-Password-77!');
    expect((areas.local.data.get('vendor.wyze') as { password: { reused: boolean } }).password.reused).toBe(false);
  }, 30_000);
});

describe('pickNotice', () => {
  const base = { score: 4 as const, leaked: false, reused: false, breach: { status: 'off' as const } };
  it('puts a breach before a leaked-list password before reuse before a weak login password', () => {
    expect(
      pickNotice(
        { ...base, score: 1, reused: true, leaked: true, breach: { status: 'found', count: 3 } },
        'login',
        null,
      )?.kind,
    ).toBe('password-breached');
    expect(pickNotice({ ...base, reused: true, leaked: true }, 'sign-up', null)?.kind).toBe('password-leaked');
    expect(pickNotice({ ...base, score: 1, reused: true }, 'login', null)?.kind).toBe('password-reused');
    expect(pickNotice({ ...base, score: 2 }, 'login', 'https://ring.com/x')).toEqual({
      kind: 'password-weak',
      changeUrl: 'https://ring.com/x',
    });
  });

  it('does not nag about a weak password on sign-up (the meter already said so) or a strong one', () => {
    expect(pickNotice({ ...base, score: 1 }, 'sign-up', null)).toBeNull();
    expect(pickNotice(base, 'login', null)).toBeNull();
  });
});

describe('leaked passwords, on the device', () => {
  it('flags a password from the leaked lists at sign-in, with no network and no opt-in', async () => {
    const { areas, deps } = setup({ status: 'off' });
    // Strong by zxcvbn's measure, yet in the SecLists top 100,000.
    const outcome = await passwordSubmitted(deps, {
      id: 1,
      vendorId: 'ring',
      password: 'password1',
      form: 'login',
      userInputs: [],
    });
    expect(outcome).toMatchObject({ leaked: true, notice: { kind: 'password-leaked' } });
    expect(areas.local.data.get('vendor.ring')).toMatchObject({ password: { leaked: true } });
  }, 20_000);

  it('says "not known" when the list cannot be read, never "not leaked"', async () => {
    const broken = leakedCheck(async () => new Uint8Array([1, 2, 3]));
    expect(await broken('password1')).toBeNull();
    const { areas, deps } = setup();
    const outcome = await passwordSubmitted(
      { ...deps, isLeaked: broken },
      { id: 1, vendorId: 'ring', password: 'password1', form: 'login', userInputs: [] },
    );
    expect(outcome.leaked).toBeNull();
    expect((areas.local.data.get('vendor.ring') as { password: object }).password).not.toHaveProperty('leaked');
  }, 20_000);
});
