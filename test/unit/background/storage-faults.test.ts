/**
 * Corrupt and old-shape stored data: the extension starts, repairs only the bad item, tells the
 * user which item was reset, and keeps everything else. Plus: concurrent updates lose nothing.
 */
import '../helpers/english-i18n';
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../../src/background/checkup';
import { createHandlers } from '../../../src/background/handlers';
import { createPageBanners } from '../../../src/background/page-banners';
import { moveSecrets, prepareStore } from '../../../src/background/prepare';
import { createStore, home } from '../../../src/shared/storage';
import { memoryAreas, MemoryArea } from '../helpers/memory-area';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const GOOD_RING = { firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z', visits: 7 };
const GOOD_WYZE = { firstSeen: '2026-02-01T00:00:00.000Z', lastSeen: '2026-10-01T00:00:00.000Z', visits: 2 };
const MEGABYTES = 'x'.repeat(3 * 1024 * 1024);

interface Fixture {
  name: string;
  area?: 'local' | 'sync' | 'session' | 'secret';
  key: string;
  value: unknown;
  /** Reset to the fallback and reported (false: accepted or kept as it is). */
  reset: boolean;
}

const FIXTURES: Fixture[] = [
  {
    name: 'vendor state with wrong types',
    key: 'vendor.arlo',
    value: { firstSeen: 5, lastSeen: true, visits: 'many' },
    reset: true,
  },
  { name: 'vendor state as an array', key: 'vendor.arlo', value: [1, 2, 3], reset: true },
  { name: 'vendor state truncated to a string', key: 'vendor.arlo', value: '{"firstSeen":"2026-0', reset: true },
  { name: 'vendor state of megabytes of junk', key: 'vendor.arlo', value: MEGABYTES, reset: true },
  { name: 'negative visit count', key: 'vendor.arlo', value: { ...GOOD_RING, visits: -4 }, reset: true },
  {
    name: 'unknown breach status',
    key: 'vendor.arlo',
    value: {
      ...GOOD_RING,
      password: { score: 2, form: 'login', ratedAt: NOW.toISOString(), reused: false, breach: { status: 'safe' } },
    },
    reset: true,
  },
  {
    name: 'unknown 2FA source',
    key: 'vendor.arlo',
    value: { ...GOOD_RING, twoFactor: { status: 'on', source: 'rumour', at: NOW.toISOString() } },
    reset: true,
  },
  {
    name: 'too many address hashes',
    key: 'vendor.arlo',
    value: { ...GOOD_RING, sharedUsers: { hashes: Array(500).fill('h'), reviewedAt: NOW.toISOString() } },
    reset: true,
  },
  {
    name: 'a mark for an unknown item',
    key: 'vendor.arlo',
    value: { ...GOOD_RING, marks: { 'fly-to-moon': NOW.toISOString() } },
    reset: true,
  },
  {
    name: 'a fingerprint of the wrong length',
    area: 'secret',
    key: 'fingerprint.arlo',
    value: { hash: 'abc', iterations: 600000 },
    reset: true,
  },
  {
    name: 'an install salt that is not base64',
    area: 'secret',
    key: 'installSalt',
    value: '!!not base64!!',
    reset: true,
  },
  { name: 'opt-ins as a string', key: 'optIns', value: 'breachCheck', reset: true },
  { name: 'a router host list of junk', key: 'optIns', value: { routerHosts: [{ host: 1 }] }, reset: true },
  { name: 'settings as a string', area: 'sync', key: 'settings', value: 'dark mode please', reset: true },
  { name: 'a negative reminder interval', area: 'sync', key: 'settings', value: { reminderDays: -5 }, reset: true },
  {
    name: 'settings nested junk',
    area: 'sync',
    key: 'settings',
    value: { bannersEnabled: { a: { b: { c: [] } } } },
    reset: true,
  },
  { name: 'muted sites not a list', key: 'bannerPrefs', value: { muted: 'ring' }, reset: true },
  { name: 'home marks with a bad date', key: 'home', value: { marks: { 'router-vpn': 'yesterday' } }, reset: true },
  { name: 'a reminder date that is not a date', key: 'lastReminder', value: 42, reset: true },
  { name: 'a corrupt pending notice', area: 'session', key: 'notice.3', value: { vendorId: 1 }, reset: true },
  { name: 'a corrupt recent login', area: 'session', key: 'login.3', value: 'now', reset: true },
  {
    name: 'settings from an older version (fields missing)',
    area: 'sync',
    key: 'settings',
    value: { bannersEnabled: false },
    reset: false,
  },
  {
    name: 'a valid state for a vendor no longer in the database',
    key: 'vendor.acme-cams',
    value: GOOD_RING,
    reset: false,
  },
  { name: 'megabytes of junk under a key HomeGuard does not use', key: 'someone-else', value: MEGABYTES, reset: false },
  // Items declared since the list was written by hand: prepareStore walks the registry.
  { name: 'declined vendor offers that are not a list', key: 'declinedAccess', value: 'alarm-com', reset: true },
  { name: 'allowed vendors that are not a list', key: 'allowedVendors', value: { vivint: true }, reset: true },
];

const GRANTED_NOTHING = { granted: async () => false };

function withGoodData(extra: Fixture): ReturnType<typeof memoryAreas> {
  const areas = memoryAreas({ storeVersion: 1, 'vendor.ring': GOOD_RING, 'vendor.wyze': GOOD_WYZE });
  areas[extra.area ?? 'local'].data.set(extra.key, extra.value);
  return areas;
}

describe('stored data faults', () => {
  it('has at least 20 fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FIXTURES)('$name: the extension starts, repairs only that item and keeps the rest', async (fixture) => {
    const areas = withGoodData(fixture);
    const store = createStore(areas, () => NOW);
    await prepareStore(areas, store, GRANTED_NOTHING);
    const overview = await buildOverview(store, NOW, null);
    expect(overview.seen.map((a) => a.id)).toEqual(expect.arrayContaining(['ring', 'wyze']));
    expect(areas.local.data.get('vendor.ring')).toEqual(GOOD_RING);
    expect(areas.local.data.get('vendor.wyze')).toEqual(GOOD_WYZE);
    const reported = overview.resets.map((r) => r.key);
    if (fixture.reset) {
      expect(reported).toEqual([fixture.key]);
      expect(JSON.stringify(areas[fixture.area ?? 'local'].data.get(fixture.key))).not.toBe(
        JSON.stringify(fixture.value),
      );
    } else {
      expect(reported).toEqual([]);
      expect(areas[fixture.area ?? 'local'].data.get(fixture.key)).toEqual(fixture.value);
    }
  });

  it.each([
    ['a store version as a string', '1'],
    ['no store version (data from before versioning)', undefined],
  ])('%s: migrated to the current version, data kept', async (_name, version) => {
    const areas = memoryAreas({ 'vendor.ring': GOOD_RING });
    if (version !== undefined) areas.local.data.set('storeVersion', version);
    await prepareStore(areas, createStore(areas), GRANTED_NOTHING);
    expect(areas.local.data.get('storeVersion')).toBe(1);
    expect(areas.local.data.get('vendor.ring')).toEqual(GOOD_RING);
  });

  it('leaves data written by a future version alone, corrupt-looking items included', async () => {
    const local = { storeVersion: 7, 'vendor.ring': { shape: 'from the future' }, settingsV7: { x: 1 } };
    const areas = memoryAreas(local);
    await prepareStore(areas, createStore(areas), GRANTED_NOTHING);
    expect(areas.local.snapshot()).toEqual(local);
  });

  it('running the preparation twice gives the same data', async () => {
    const areas = withGoodData(FIXTURES[0]!);
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      GRANTED_NOTHING,
    );
    const once = JSON.stringify([areas.local.snapshot(), areas.sync.snapshot()]);
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      GRANTED_NOTHING,
    );
    expect(JSON.stringify([areas.local.snapshot(), areas.sync.snapshot()])).toBe(once);
  });
});

describe('a worker stopped mid-repair', () => {
  it('still reports the bad item: the report is written before the fallback', async () => {
    const areas = memoryAreas({ storeVersion: 1, 'vendor.ring': GOOD_RING, 'vendor.eufy': 'corrupt' });
    // The worker is stopped right after the repair's first write, whichever that is.
    const set = areas.local.set.bind(areas.local);
    let writes = 0;
    areas.local.set = async (items) => {
      if (++writes > 1) throw new Error('worker stopped');
      return set(items);
    };
    await expect(
      prepareStore(
        areas,
        createStore(areas, () => NOW),
        GRANTED_NOTHING,
      ),
    ).rejects.toThrow('worker stopped');
    areas.local.set = set;
    // The next start finds it bad again, repairs it, and the report is there once.
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      GRANTED_NOTHING,
    );
    expect(areas.local.data.get('vendor.eufy')).toBeNull();
    expect(areas.local.data.get('resets')).toEqual([{ key: 'vendor.eufy', at: NOW.toISOString() }]);
    expect(areas.local.data.get('vendor.ring')).toEqual(GOOD_RING);
  });
});

describe('a worker stopped mid-update of a bad item', () => {
  it('keeps the report: it is written before the new value', async () => {
    const areas = memoryAreas({ storeVersion: 1, home: 'corrupt' });
    const set = areas.local.set.bind(areas.local);
    let writes = 0;
    areas.local.set = async (items) => {
      if (++writes > 1) throw new Error('worker stopped');
      return set(items);
    };
    const store = createStore(areas, () => NOW);
    await expect(store.update(home, (state) => state)).rejects.toThrow('worker stopped');
    expect(areas.local.data.get('resets')).toEqual([{ key: 'home', at: NOW.toISOString() }]);
  });
});

describe('data earlier versions kept elsewhere', () => {
  const SALT = 'c2FsdHNhbHRzYWx0c2FsdA==';
  const PRINT = { hash: `${'A'.repeat(43)}=`, iterations: 600000 };

  it('moves the salt and fingerprints out of storage.local (content scripts can read it), losing none', async () => {
    const areas = memoryAreas({
      storeVersion: 1,
      'vendor.ring': GOOD_RING,
      installSalt: SALT,
      'fingerprint.ring': PRINT,
    });
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      GRANTED_NOTHING,
    );
    expect(areas.secret.snapshot()).toEqual({ installSalt: SALT, 'fingerprint.ring': PRINT });
    expect(areas.local.data.get('vendor.ring')).toEqual(GOOD_RING);
    expect(areas.local.data.has('installSalt')).toBe(false);
    expect(areas.local.data.has('fingerprint.ring')).toBe(false);
  });

  it('moves the secrets and the synced opt-ins in one start, then repairs a bad item of the moved-to shape', async () => {
    // Data without a version (it predates versioning), with both moves due and one bad item.
    const areas = memoryAreas({ 'vendor.ring': GOOD_RING, installSalt: SALT, home: 'not a state' });
    await areas.sync.set({ settings: { bannersEnabled: true, breachCheck: true } });
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      { granted: async () => true },
    );
    expect(areas.secret.snapshot()).toEqual({ installSalt: SALT });
    expect(areas.local.data.get('optIns')).toMatchObject({ breachCheck: true });
    expect(areas.local.data.get('storeVersion')).toBe(1);
    expect(areas.local.data.get('home')).toEqual({ marks: {} });
    expect(areas.local.data.get('resets')).toEqual([{ key: 'home', at: NOW.toISOString() }]);
    expect(areas.local.data.get('vendor.ring')).toEqual(GOOD_RING);
    expect(areas.local.data.has('installSalt')).toBe(false);
  });

  it('keeps the secret area’s own salt when both have one (the move was cut off after copying)', async () => {
    const other = 'b3RoZXJvdGhlcm90aGVyMQ==';
    const areas = memoryAreas({ storeVersion: 1, installSalt: SALT }, { installSalt: other });
    await moveSecrets(areas, await areas.local.get(null));
    expect(areas.secret.data.get('installSalt')).toBe(other);
    expect(areas.local.data.has('installSalt')).toBe(false);
  });

  it('keeps a synced opt-in on only where this device grants its access, and leaves the synced copy', async () => {
    const synced = {
      bannersEnabled: false,
      reminderDays: 30,
      breachCheck: true,
      routerCheck: true,
      routerHosts: ['router.lan', 'evil.example'],
      lookalikeWarnings: true,
      reminderNotifications: false,
    };
    const areas = memoryAreas({ storeVersion: 1 });
    await areas.sync.set({ settings: synced });
    const asked: string[] = [];
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      {
        granted: async (feature, hosts) => (asked.push(`${feature}:${hosts.join(',')}`), feature === 'routerCheck'),
      },
    );
    expect(areas.local.data.get('optIns')).toEqual({
      breachCheck: false,
      reminderNotifications: false,
      routerCheck: true,
      routerHosts: ['router.lan'],
      lookalikeWarnings: false,
    });
    expect(asked).toEqual(['breachCheck:router.lan', 'routerCheck:router.lan', 'lookalikeWarnings:router.lan']);
    expect(areas.sync.data.get('settings')).toMatchObject({
      bannersEnabled: false,
      reminderDays: 30,
      breachCheck: true,
    });
    // Done once: a later start does not ask again, whatever the synced copy says.
    await prepareStore(
      areas,
      createStore(areas, () => NOW),
      { granted: async () => true },
    );
    expect(areas.local.data.get('optIns')).toMatchObject({ breachCheck: false, routerCheck: true });
  });
});

describe('concurrency', () => {
  it('10 tabs × 50 interleaved updates give the serial result', async () => {
    const areas = {
      local: new MemoryArea(),
      sync: new MemoryArea(),
      session: new MemoryArea(),
      secret: new MemoryArea(),
    };
    const store = createStore(areas, () => NOW);
    const handlers = createHandlers({
      store,
      areas,
      ready: Promise.resolve(),
      now: () => NOW,
      findTab: async () => undefined,
      openCheckup: async () => 'tab',
      checkBreach: async () => ({ status: 'off' }),
      isLeaked: async () => false,
      zxcvbnReady: async () => undefined,
      hasHostAccess: async () => false,
      giveBackAccess: async () => undefined,
      banners: createPageBanners({ store, now: () => NOW, push: async () => undefined }),
    });
    const sender = (tab: number, vendorId: string) => ({
      kind: 'content' as const,
      tabId: tab,
      frameId: 0,
      vendorId,
      url: `https://${vendorId}.com/`,
    });
    const vendors = ['ring', 'wyze'];
    const work: Array<Promise<unknown>> = [];
    for (let round = 0; round < 50; round++) {
      for (let tab = 0; tab < 10; tab++) {
        const vendorId = vendors[tab % 2]!;
        const page = (round * 10 + tab).toString(16).padStart(16, '0');
        work.push(handlers.content['visit/record']({ vendorId, page, since: 0, route: false }, sender(tab, vendorId)));
        work.push(
          handlers.page['checklist/mark']({ vendorId, item: round % 2 === 0 ? 'sessions' : 'recording', done: true }),
        );
      }
    }
    await Promise.all(work);
    expect((areas.local.data.get('vendor.ring') as { visits: number }).visits).toBe(250);
    expect((areas.local.data.get('vendor.wyze') as { visits: number }).visits).toBe(250);
    expect(Object.keys((areas.local.data.get('vendor.ring') as { marks: object }).marks).sort()).toEqual([
      'recording',
      'sessions',
    ]);
  });
});
