import { describe, expect, it } from 'vitest';
import { NOTICE_TTL_MS, PASSWORD_CHECKS_PER_MINUTE, createHandlers } from '../../../src/background/handlers';
import { createStore } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

function setup(tabs: Record<number, string> = {}) {
  let clock = new Date('2026-11-25T10:00:00.000Z');
  const areas = memoryAreas();
  const givenBack: string[][] = [];
  const pushed: unknown[] = [];
  const opened: number[] = [];
  const granted = new Set<string>();
  const handlers = createHandlers({
    store: createStore(areas, () => clock),
    areas,
    ready: Promise.resolve(),
    now: () => clock,
    tabUrl: async (id) => tabs[id],
    openCheckup: async (tabId) => (opened.push(tabId), 'tab'),
    checkBreach: async () => ({ status: 'off' as const }),
    isLeaked: async () => false,
    hasHostAccess: async (origins) => granted.has(origins.join()),
    giveBackAccess: async (routerHosts) => void givenBack.push([...routerHosts]),
    pushNotice: async (tabId, { vendorId, notice }) => void pushed.push({ tabId, vendorId, notice }),
  });
  const content = (vendorId: string, tabId = 1) => ({
    kind: 'content' as const,
    tabId,
    frameId: 0,
    vendorId,
    url: `https://${vendorId}.com/`,
  });
  return {
    areas,
    handlers,
    content,
    givenBack,
    pushed,
    opened,
    granted,
    tick: (ms: number) => (clock = new Date(clock.getTime() + ms)),
  };
}

describe('visits and the overview', () => {
  it('records a first visit, then later visits, and lists vendors most recent first', async () => {
    const { handlers, content, tick } = setup({ 5: 'https://my.arlo.com/#/login' });
    expect(await handlers.content['visit/record']({ vendorId: 'ring' }, content('ring'))).toEqual({
      firstVisit: true,
      banner: { kind: 'checkup' },
    });
    tick(1000);
    await handlers.content['visit/record']({ vendorId: 'wyze' }, content('wyze'));
    tick(1000);
    expect((await handlers.content['visit/record']({ vendorId: 'ring' }, content('ring'))).firstVisit).toBe(false);

    const overview = await handlers.page['overview/get']({ tabId: 5 });
    expect(overview.current).toEqual({ id: 'arlo', name: 'Arlo' });
    expect(overview.seen.map((s) => s.id)).toEqual(['ring', 'wyze']);
    expect(overview.seen[0]).toMatchObject({ name: 'Ring', firstSeen: '2026-11-25T10:00:00.000Z' });
    expect(overview.resets).toEqual([]);
  });

  it('has no current vendor for a non-vendor tab, a closed tab or no tab', async () => {
    const { handlers } = setup({ 1: 'https://example.com/' });
    for (const tabId of [1, 2, undefined]) {
      expect((await handlers.page['overview/get'](tabId === undefined ? {} : { tabId })).current).toBeNull();
    }
  });

  it('does not show banners when the user turned them off', async () => {
    const { handlers, areas, content } = setup();
    await areas.sync.set({ settings: { bannersEnabled: false } });
    expect((await handlers.content['visit/record']({ vendorId: 'ring' }, content('ring'))).banner).toBeNull();
  });

  it('skips stored vendors that are no longer in the database', async () => {
    const { handlers, areas } = setup();
    await areas.local.set({
      'vendor.gone': { firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-01T00:00:00.000Z', visits: 1 },
    });
    expect((await handlers.page['overview/get']({})).seen).toEqual([]);
  });
});

describe('settings', () => {
  it('reads the defaults and changes only the fields given', async () => {
    const { handlers, areas } = setup();
    expect(await handlers.page['settings/get']({})).toEqual({
      bannersEnabled: true,
      breachCheck: false,
      reminderDays: 90,
      reminderNotifications: false,
      routerCheck: false,
      routerHosts: [],
      lookalikeWarnings: false,
      mutedSites: [],
      allowedVendors: [],
    });
    const changed = {
      bannersEnabled: false,
      breachCheck: false,
      reminderDays: 90,
      reminderNotifications: false,
      routerCheck: false,
      routerHosts: [],
      lookalikeWarnings: false,
      mutedSites: [],
      allowedVendors: [],
    };
    expect(await handlers.page['settings/update']({ bannersEnabled: false })).toEqual(changed);
    expect(await handlers.page['settings/update']({})).toEqual(changed);
    expect(areas.sync.data.get('settings')).toEqual({ bannersEnabled: false, reminderDays: 90 });
  });

  it('keeps opt-ins on this device only: storage.local, never the synced settings', async () => {
    const { handlers, areas } = setup();
    await handlers.page['settings/update']({ breachCheck: true, routerCheck: true, routerHosts: ['router.lan'] });
    expect(areas.local.data.get('optIns')).toMatchObject({
      breachCheck: true,
      routerCheck: true,
      routerHosts: ['router.lan'],
    });
    expect(areas.sync.data.get('settings') ?? {}).not.toHaveProperty('breachCheck');
    // A consent synced in from another profile (an earlier version wrote it there) turns nothing on here.
    await areas.sync.set({ settings: { bannersEnabled: true, reminderDays: 90, lookalikeWarnings: true } });
    expect((await handlers.page['settings/get']({})).lookalikeWarnings).toBe(false);
  });

  it('keeps only router addresses among the hosts a user adds to the router check', async () => {
    const { handlers } = setup();
    const stored = await handlers.page['settings/update']({
      routerHosts: ['192.168.178.1', 'router.lan', 'example.com', '8.8.8.8', 'fritz.box'],
    });
    expect(stored.routerHosts).toEqual(['192.168.178.1', 'router.lan', 'fritz.box']);
  });
});

describe('delete all data', () => {
  it('clears every area, secrets included, and gives back every optional access', async () => {
    const { handlers, areas, givenBack } = setup();
    await handlers.page['settings/update']({ routerCheck: true, routerHosts: ['10.0.0.138'] });
    await areas.secret.set({ installSalt: 'c2FsdHNhbHRzYWx0c2FsdA==' });
    await handlers.page['data/delete-all']({});
    expect(givenBack).toEqual([['10.0.0.138']]);
    expect(areas.secret.snapshot()).toEqual({});
    expect(areas.local.snapshot()).toEqual({ storeVersion: 1 });
  });
});

describe('"Not on this site"', () => {
  it('mutes only once the user confirms it on the extension’s own page', async () => {
    const { handlers, content, opened } = setup();
    const request = await handlers.content['banner/mute-request']({ vendorId: 'ring' }, content('ring', 7));
    expect(request).toEqual({ openedIn: 'tab' });
    expect(opened).toEqual([7]);
    expect((await handlers.page['settings/get']({})).mutedSites).toEqual([]);
    expect((await handlers.page['overview/get']({})).muteRequest).toEqual({ id: 'ring', name: 'Ring' });
    await handlers.page['banners/mute']({ vendorId: 'ring', mute: false });
    expect((await handlers.page['overview/get']({})).muteRequest).toBeNull();
    expect((await handlers.page['settings/get']({})).mutedSites).toEqual([]);
    await handlers.content['banner/mute-request']({ vendorId: 'ring' }, content('ring', 7));
    await handlers.page['banners/mute']({ vendorId: 'ring', mute: true });
    expect((await handlers.page['settings/get']({})).mutedSites).toEqual([{ id: 'ring', name: 'Ring' }]);
  });

  it('forgets a request the user never answered', async () => {
    const { handlers, content, tick } = setup();
    await handlers.content['banner/mute-request']({ vendorId: 'ring' }, content('ring'));
    tick(11 * 60_000);
    expect((await handlers.page['overview/get']({})).muteRequest).toBeNull();
  });
});

describe('password notices', () => {
  it('pushes the notice to the tab and lets the next page take it once', async () => {
    const pushed: unknown[] = [];
    const areas = memoryAreas();
    const now = () => new Date('2026-11-25T10:00:00.000Z');
    const handlers = createHandlers({
      store: createStore(areas, now),
      areas,
      ready: Promise.resolve(),
      now,
      tabUrl: async () => undefined,
      openCheckup: async () => 'tab',
      checkBreach: async () => ({ status: 'off' as const }),
      isLeaked: async () => false,
      hasHostAccess: async () => false,
      giveBackAccess: async () => undefined,
      pushNotice: async (tabId, { vendorId, notice }) => void pushed.push({ tabId, vendorId, notice }),
    });
    const sender = {
      kind: 'content' as const,
      tabId: 9,
      frameId: 0,
      vendorId: 'ring',
      url: 'https://ring.com/users/sign_in',
    };
    const outcome = await handlers.password['password/submitted'](
      { id: 1, vendorId: 'ring', password: 'ring1234', form: 'login', userInputs: [] },
      sender,
    );
    const weak = { kind: 'password-weak', changeUrl: null };
    // The page gets the notice only, never the verdicts behind it.
    expect(Object.keys(outcome).sort()).toEqual(['notice', 'submittedAt']);
    expect(outcome.notice).toEqual(weak);
    expect(pushed).toEqual([{ tabId: 9, vendorId: 'ring', notice: weak }]);
    const visit = (await handlers.content['visit/record']({ vendorId: 'ring' }, sender)).banner;
    expect(visit).toEqual(weak);
    expect((await handlers.content['visit/record']({ vendorId: 'ring' }, sender)).banner).toEqual({ kind: 'checkup' });
    // Later visits keep what the password checks recorded.
    expect(areas.local.data.get('vendor.ring')).toMatchObject({ visits: 2, password: { score: 1, form: 'login' } });
  }, 20_000);

  it('shows no immediate notice with banners off or the site muted, yet keeps the verdicts', async () => {
    for (const prefs of [
      { sync: { settings: { bannersEnabled: false } } },
      { local: { bannerPrefs: { muted: ['ring'] } } },
    ]) {
      const { handlers, areas, content, pushed } = setup();
      if ('sync' in prefs) await areas.sync.set(prefs.sync!);
      if ('local' in prefs) await areas.local.set(prefs.local!);
      const outcome = await handlers.password['password/submitted'](
        { id: 1, vendorId: 'ring', password: 'ring1234', form: 'login', userInputs: [] },
        content('ring', 4),
      );
      expect(outcome.notice).toBeNull();
      expect(pushed).toEqual([]);
      expect(areas.session.data.has('notice.4')).toBe(false);
      expect(areas.local.data.get('vendor.ring')).toMatchObject({ password: { score: 1 } });
    }
  }, 30_000);

  it('checks at most a few passwords a minute per tab; the rest change nothing', async () => {
    const { handlers, areas, content, tick } = setup();
    const submit = (password: string) =>
      handlers.password['password/submitted'](
        { id: 1, vendorId: 'ring', password, form: 'login', userInputs: [] },
        content('ring', 6),
      );
    for (let i = 0; i < PASSWORD_CHECKS_PER_MINUTE; i++) await submit(`guess-${i}`);
    const before = JSON.stringify([areas.local.snapshot(), areas.secret.snapshot()]);
    expect(await submit('one-guess-too-many')).toMatchObject({ notice: null });
    expect(JSON.stringify([areas.local.snapshot(), areas.secret.snapshot()])).toBe(before);
    tick(61_000);
    expect((await submit('ring1234')).notice).toEqual({ kind: 'password-weak', changeUrl: null });
  }, 60_000);

  it('drops a notice that waited too long for a page', async () => {
    let clock = new Date('2026-11-25T10:00:00.000Z');
    const areas = memoryAreas();
    await areas.session.set({
      'notice.3': {
        vendorId: 'ring',
        notice: { kind: 'password-reused', changeUrl: null },
        submittedAt: clock.getTime(),
      },
    });
    clock = new Date(clock.getTime() + NOTICE_TTL_MS + 1);
    const handlers = createHandlers({
      store: createStore(areas, () => clock),
      areas,
      ready: Promise.resolve(),
      now: () => clock,
      tabUrl: async () => undefined,
      openCheckup: async () => 'tab',
      checkBreach: async () => ({ status: 'off' as const }),
      isLeaked: async () => false,
      hasHostAccess: async () => false,
      giveBackAccess: async () => undefined,
      pushNotice: async () => undefined,
    });
    const sender = { kind: 'content' as const, tabId: 3, frameId: 0, vendorId: 'ring', url: 'https://ring.com/' };
    expect((await handlers.content['visit/record']({ vendorId: 'ring' }, sender)).banner).toEqual({ kind: 'checkup' });
    expect(areas.session.data.has('notice.3')).toBe(false);
  });
});

describe('the overview of passwords', () => {
  it('names the vendors that share a password, and only in the overview', async () => {
    const { handlers, areas } = setup();
    const at = '2026-11-25T10:00:00.000Z';
    const password = (score: number) => ({
      score,
      form: 'login',
      ratedAt: at,
      reused: true,
      breach: { status: 'off' },
    });
    const hash = (c: string) => ({ hash: c.repeat(43) + '=', iterations: 600000 });
    await areas.local.set({
      'vendor.ring': { firstSeen: at, lastSeen: at, visits: 1, password: password(1) },
      'vendor.wyze': { firstSeen: at, lastSeen: at, visits: 1, password: password(3) },
      'vendor.arlo': { firstSeen: at, lastSeen: at, visits: 1 },
    });
    await areas.secret.set({ 'fingerprint.ring': hash('A'), 'fingerprint.wyze': hash('A') });
    const seen = (await handlers.page['overview/get']({})).seen;
    expect(seen.find((s) => s.id === 'ring')?.password).toEqual({
      score: 1,
      leaked: false,
      breach: { status: 'off' },
      checkedAt: at,
      reusedWith: ['Wyze'],
    });
    expect(seen.find((s) => s.id === 'arlo')?.password).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('AAAA'); // fingerprints stay in the background
  });
});
