import '../helpers/english-i18n';
import { describe, expect, it } from 'vitest';
import { PASSWORD_CHECKS_PER_MINUTE, createHandlers } from '../../../src/background/handlers';
import { NOTICE_TTL_MS, createPageBanners } from '../../../src/background/page-banners';
import type { BannerPush } from '../../../src/shared/messages';
import { createStore } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';

type Pushed = { tabId: number; frameId: number } & BannerPush['payload'];

/** A page token as content scripts make them. */
const PAGE = (n: number) => n.toString(16).padStart(16, '0');

/** `tabs`: the open tabs' URLs by id; the first one is the active tab. */
function setup(tabs: Record<number, string> = {}, start = new Date('2026-11-25T10:00:00.000Z')) {
  let clock = start;
  const areas = memoryAreas();
  const givenBack: string[][] = [];
  const pushed: Pushed[] = [];
  const opened: number[] = [];
  const granted = new Set<string>();
  const store = createStore(areas, () => clock);
  const banners = createPageBanners({
    store,
    now: () => clock,
    push: async (tabId, frameId, payload) => void pushed.push({ tabId, frameId, ...payload }),
  });
  const handlers = createHandlers({
    store,
    areas,
    ready: Promise.resolve(),
    now: () => clock,
    findTab: async (which) => {
      const id = which === 'active' ? Number(Object.keys(tabs)[0]) : which;
      return tabs[id] === undefined ? undefined : { id, url: tabs[id] };
    },
    openCheckup: async (tabId) => (opened.push(tabId), 'tab'),
    checkBreach: async () => ({ status: 'off' as const }),
    isLeaked: async () => false,
    zxcvbnReady: async () => undefined,
    hasHostAccess: async (origins) => granted.has(origins.join()),
    giveBackAccess: async (routerHosts) => void givenBack.push([...routerHosts]),
    banners,
  });
  const content = (vendorId: string, tabId = 1) => ({
    kind: 'content' as const,
    tabId,
    frameId: 0,
    vendorId,
    url: `https://${vendorId}.com/`,
  });
  /** A vendor page beginning in a tab (a new page token each time, unless given). */
  let pages = 0;
  const visit = (vendorId: string, tabId = 1, page = PAGE(++pages), route = false) =>
    handlers.content['visit/record']({ vendorId, page, since: clock.getTime(), route }, content(vendorId, tabId));
  /** The kind of the banner the tab's page was last sent (null: none, or told to show none). */
  const shownOn = (tabId: number) => pushed.filter((p) => p.tabId === tabId).at(-1)?.banner?.kind ?? null;
  return {
    areas,
    handlers,
    content,
    givenBack,
    pushed,
    opened,
    granted,
    visit,
    shownOn,
    tick: (ms: number) => (clock = new Date(clock.getTime() + ms)),
  };
}

describe('visits and the overview', () => {
  it('records a first visit, then later visits, and lists vendors most recent first', async () => {
    const { visit, shownOn, tick, handlers } = setup({ 5: 'https://my.arlo.com/#/login' });
    expect(await visit('ring')).toEqual({ firstVisit: true });
    expect(shownOn(1)).toBe('checkup');
    tick(1000);
    await visit('wyze');
    tick(1000);
    expect((await visit('ring')).firstVisit).toBe(false);

    const overview = await handlers.page['overview/get']({ tabId: 5 });
    expect(overview.current).toEqual({ id: 'arlo', name: 'Arlo' });
    expect(overview.seen.map((s) => s.id)).toEqual(['ring', 'wyze']);
    expect(overview.seen[0]).toMatchObject({ name: 'Ring', firstSeen: '2026-11-25T10:00:00.000Z' });
    expect(overview.resets).toEqual([]);
  });

  it('finds the active tab when the popup does not name one', async () => {
    const { handlers } = setup({ 7: 'https://account.ring.com/account/dashboard', 8: 'https://my.arlo.com/' });
    expect((await handlers.page['overview/get']({ tabId: 'active' })).current).toEqual({ id: 'ring', name: 'Ring' });
    expect((await handlers.page['overview/get']({ tabId: 8 })).current).toEqual({ id: 'arlo', name: 'Arlo' });
  });

  it('has no current vendor for a non-vendor tab, a closed tab or no tab', async () => {
    const { handlers } = setup({ 1: 'https://example.com/' });
    for (const tabId of [1, 2, undefined]) {
      expect((await handlers.page['overview/get'](tabId === undefined ? {} : { tabId })).current).toBeNull();
    }
  });

  it('does not show banners when the user turned them off', async () => {
    const { areas, visit, shownOn } = setup();
    await areas.sync.set({ settings: { bannersEnabled: false } });
    await visit('ring');
    expect(shownOn(1)).toBeNull();
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
  const login = (password: string) => ({ id: 1, vendorId: 'ring', password, form: 'login' as const, userInputs: [] });

  it('shows the notice on the page up now and on the next page, which takes it', async () => {
    const { handlers, areas, content, visit, pushed, tick } = setup();
    await visit('ring', 9, PAGE(100));
    tick(1000);
    // The page gets nothing back, never the verdicts behind the notice.
    expect(await handlers.password['password/submitted'](login('ring1234'), content('ring', 9))).toEqual({});
    expect(pushed.at(-1)).toMatchObject({ tabId: 9, frameId: 0, page: PAGE(100), banner: { kind: 'password-weak' } });
    tick(1000);
    await visit('ring', 9, PAGE(101)); // the page after the login
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(101), banner: { kind: 'password-weak', tone: 'warning' } });
    expect(areas.session.data.has('notice.9')).toBe(false);
    // It stays that page's banner while the page finds more, and no later page shows it.
    await handlers.content['page/findings'](
      { vendorId: 'ring', page: PAGE(101), kinds: ['shared-users'], sharedUsers: { emails: ['a@example.com'] } },
      content('ring', 9),
    );
    expect(pushed.at(-1)?.banner?.kind).toBe('password-weak');
    await visit('ring', 9, PAGE(102));
    expect(pushed.filter((p) => p.page === PAGE(102))).toEqual([]); // and Ring greeted on the first page
    // Later visits keep what the password checks recorded.
    expect(areas.local.data.get('vendor.ring')).toMatchObject({ visits: 3, password: { score: 1, form: 'login' } });
  }, 20_000);

  it('sends a page an unchanged banner once, and nothing more after the user snoozed it', async () => {
    const { handlers, content, visit, pushed } = setup();
    await visit('ring', 2, PAGE(7));
    const findings = { vendorId: 'ring', page: PAGE(7), kinds: ['devices' as const] };
    await handlers.content['page/findings'](findings, content('ring', 2));
    expect(pushed.filter((p) => p.page === PAGE(7))).toHaveLength(1);
    await handlers.content['banner/snooze']({ vendorId: 'ring', kind: 'checkup' }, content('ring', 2));
    await handlers.content['page/findings']({ ...findings, kinds: ['privacy'] }, content('ring', 2));
    expect(pushed.filter((p) => p.page === PAGE(7))).toHaveLength(1);
  });

  it('greets once per vendor and browser session: later pages stay quiet unless there is a warning', async () => {
    const { handlers, content, visit, pushed, areas } = setup();
    await visit('ring', 1, PAGE(1));
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(1), banner: { kind: 'checkup' } });
    await visit('ring', 2, PAGE(2)); // another tab, same vendor
    await visit('ring', 1, PAGE(3)); // the next page in the first tab
    expect(pushed.filter((p) => p.page === PAGE(2) || p.page === PAGE(3))).toEqual([]);
    await visit('arlo', 2, PAGE(4));
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(4), banner: { kind: 'checkup' } });
    // A warning still shows on a page that does not greet.
    await visit('ring', 2, PAGE(5));
    await handlers.content['page/findings'](
      { vendorId: 'ring', page: PAGE(5), kinds: ['two-factor-settings'], twoFactor: { status: 'off' } },
      content('ring', 2),
    );
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(5), banner: { kind: 'two-factor-off' } });
    // A new browser session (session storage is cleared on restart) greets again.
    areas.session.data.clear();
    await visit('arlo', 3, PAGE(6));
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(6), banner: { kind: 'checkup' } });
    // A page that greeted no one (banners off) leaves the greeting to the next page.
    await areas.sync.set({ settings: { bannersEnabled: false } });
    await visit('canary', 4, PAGE(7));
    expect(pushed.filter((p) => p.page === PAGE(7))).toEqual([]);
    await areas.sync.set({ settings: { bannersEnabled: true } });
    await visit('canary', 4, PAGE(8));
    expect(pushed.at(-1)).toMatchObject({ page: PAGE(8), banner: { kind: 'checkup' } });
  });

  it('tells a single-page app route apart from a page: no new visit, no "checking" banner', async () => {
    const { visit, pushed, areas } = setup();
    await visit('ring', 3, PAGE(1));
    await visit('ring', 3, PAGE(2), true);
    expect(areas.local.data.get('vendor.ring')).toMatchObject({ visits: 1 });
    expect(pushed.filter((p) => p.page === PAGE(2))).toEqual([]);
  });

  it('keeps no notice with banners off or the site muted, yet keeps the verdicts', async () => {
    for (const prefs of [
      { sync: { settings: { bannersEnabled: false } } },
      { local: { bannerPrefs: { muted: ['ring'] } } },
    ]) {
      const { handlers, areas, content, pushed } = setup();
      if ('sync' in prefs) await areas.sync.set(prefs.sync!);
      if ('local' in prefs) await areas.local.set(prefs.local!);
      await handlers.password['password/submitted'](login('ring1234'), content('ring', 4));
      expect(pushed).toEqual([]);
      expect(areas.session.data.has('notice.4')).toBe(false);
      expect(areas.local.data.get('vendor.ring')).toMatchObject({ password: { score: 1 } });
    }
  }, 30_000);

  it('checks at most a few passwords a minute per tab; the rest change nothing', async () => {
    const { handlers, areas, content, tick } = setup();
    const submit = (password: string) => handlers.password['password/submitted'](login(password), content('ring', 6));
    for (let i = 0; i < PASSWORD_CHECKS_PER_MINUTE; i++) await submit(`guess-${i}`);
    const before = JSON.stringify([areas.local.snapshot(), areas.secret.snapshot(), areas.session.snapshot()]);
    expect(await submit('one-guess-too-many')).toEqual({});
    expect(JSON.stringify([areas.local.snapshot(), areas.secret.snapshot(), areas.session.snapshot()])).toBe(before);
    tick(61_000);
    await submit('ring1234');
    expect(areas.session.data.get('notice.6')).toMatchObject({ notice: { kind: 'password-weak', changeUrl: null } });
  }, 60_000);

  it('drops a notice that waited too long for a page', async () => {
    const start = new Date('2026-11-25T10:00:00.000Z');
    const { areas, visit, shownOn, tick } = setup({}, start);
    await areas.session.set({
      'notice.3': {
        vendorId: 'ring',
        notice: { kind: 'password-reused', changeUrl: null },
        submittedAt: start.getTime(),
      },
    });
    tick(NOTICE_TTL_MS + 1);
    await visit('ring', 3);
    expect(shownOn(3)).toBe('checkup');
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
