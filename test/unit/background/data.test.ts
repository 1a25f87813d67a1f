import { describe, expect, it } from 'vitest';
import { addVendor, mark } from '../../../src/background/checkup';
import {
  applyImport,
  deleteAll,
  exportData,
  mergeAccount,
  parseImport,
  previewImport,
} from '../../../src/background/data';
import { createStore, readSettings, type VendorState } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const iso = (day: number) => new Date(Date.UTC(2026, 10, day)).toISOString();

async function populated() {
  const areas = memoryAreas({
    storeVersion: 1,
    installSalt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    'fingerprint.ring': { hash: `${'A'.repeat(43)}=`, iterations: 600000 },
    'vendor.ring': {
      firstSeen: iso(1),
      lastSeen: iso(20),
      visits: 4,
      password: { score: 3, form: 'login', ratedAt: iso(20), reused: false, breach: { status: 'off' } },
      sharedUsers: { hashes: ['HASHHASHHASH'], reviewedAt: iso(18) },
    },
  });
  const store = createStore(areas);
  await mark(store, { vendorId: 'ring', item: 'sessions', done: true }, NOW);
  return { areas, store };
}

describe('export', () => {
  it('keeps the checkup but no fingerprint, salt or address hash', async () => {
    const { store } = await populated();
    const file = await exportData(store, NOW);
    const text = JSON.stringify(file);
    expect(file.accounts.ring).toMatchObject({
      visits: 4,
      marks: { sessions: NOW.toISOString() },
      sharedUsers: { reviewedAt: iso(18) },
    });
    for (const secret of ['AAAAAAAA', 'c2FsdHNhbHRz', 'HASHHASHHASH', 'installSalt', 'fingerprint'])
      expect(text).not.toContain(secret);
    expect(parseImport(JSON.parse(text)).ok).toBe(true);
  });
});

describe('import', () => {
  it.each([
    ['not an object', 'hello'],
    ['another format', { format: 'other', version: 1 }],
    ['a future version', { format: 'homeguard-export', version: 99 }],
    ['missing parts', { format: 'homeguard-export', version: 1, exportedAt: NOW.toISOString() }],
  ])('rejects %s with the problems named', (_name, input) => {
    const result = parseImport(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });

  it('rejects a bad account inside a good file, and changes nothing', async () => {
    const { store, areas } = await populated();
    const file = JSON.parse(JSON.stringify(await exportData(store, NOW)));
    file.accounts.wyze = { firstSeen: 'yesterday', lastSeen: iso(1), visits: -3 };
    const before = JSON.stringify(areas.local.snapshot());
    const result = parseImport(file);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.problems.join(' ')).toMatch(/accounts\.wyze/);
    expect(JSON.stringify(areas.local.snapshot())).toBe(before);
  });

  it('never turns an optional feature on: a file from an earlier version lists them as off here', async () => {
    const { store, areas } = await populated();
    const file = JSON.parse(JSON.stringify(await exportData(store, NOW)));
    expect(Object.keys(file.settings).sort()).toEqual(['bannersEnabled', 'reminderDays']);
    // Earlier versions exported the opt-ins with the settings.
    Object.assign(file.settings, {
      breachCheck: true,
      routerCheck: true,
      lookalikeWarnings: true,
      routerHosts: ['x.lan'],
    });
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error('valid file rejected');
    expect((await previewImport(store, parsed.file)).optInsOffHere).toEqual([
      'breachCheck',
      'routerCheck',
      'lookalikeWarnings',
    ]);
    await applyImport(store, parsed.file);
    expect(await readSettings(store)).toMatchObject({
      breachCheck: false,
      routerCheck: false,
      lookalikeWarnings: false,
      routerHosts: [],
    });
    expect(areas.sync.data.get('settings')).toEqual({ bannersEnabled: true, reminderDays: 90 });
  });

  it('previews, then merges with newer facts winning, and keeps this install’s hashes', async () => {
    const { store, areas } = await populated();
    const file = await exportData(store, NOW);
    file.accounts.ring = {
      ...file.accounts.ring!,
      twoFactor: { status: 'on', source: 'user', at: iso(24) },
      lastSeen: iso(24),
    };
    file.accounts.wyze = { firstSeen: iso(2), lastSeen: iso(3), visits: 1 };
    file.accounts['not-a-vendor'] = { firstSeen: iso(2), lastSeen: iso(3), visits: 1 };
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error('valid file rejected');
    expect(await previewImport(store, parsed.file)).toEqual({
      added: ['Wyze'],
      updated: ['Ring'],
      unchanged: [],
      unknownVendors: ['not-a-vendor'],
      settingsChange: false,
      optInsOffHere: [],
    });
    await applyImport(store, parsed.file);
    const ring = areas.local.data.get('vendor.ring') as VendorState;
    expect(ring.twoFactor?.status).toBe('on');
    expect(ring.sharedUsers?.hashes).toEqual(['HASHHASHHASH']);
    expect(areas.local.data.get('vendor.wyze')).toMatchObject({ visits: 1 });
    expect(areas.local.data.has('vendor.not-a-vendor')).toBe(false);
  });

  it('merges field by field: an older import changes nothing', () => {
    const mine: VendorState = {
      firstSeen: iso(1),
      lastSeen: iso(20),
      visits: 5,
      twoFactor: { status: 'off', source: 'settings-page', at: iso(20) },
    };
    const older = {
      firstSeen: iso(3),
      lastSeen: iso(10),
      visits: 2,
      twoFactor: { status: 'on' as const, source: 'user' as const, at: iso(5) },
    };
    expect(mergeAccount(mine, older)).toEqual({ ...mine, marks: {} });
  });
});

describe('delete all', () => {
  it('empties every area and starts again at the current store version', async () => {
    const { areas, store } = await populated();
    await addVendor(store, 'wyze', NOW);
    await areas.session.set({ 'notice.1': { vendorId: 'ring' } });
    await deleteAll(areas);
    expect(areas.local.snapshot()).toEqual({ storeVersion: 1 });
    expect(areas.sync.snapshot()).toEqual({});
    expect(areas.session.snapshot()).toEqual({});
  });
});
