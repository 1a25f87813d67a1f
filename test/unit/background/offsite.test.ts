import '../helpers/english-i18n';
import { describe, expect, it } from 'vitest';
import { createOffsiteHandlers, tabMovedOn, tabWarning, type TabWarning } from '../../../src/background/offsite';
import {
  scriptPath,
  serialSync,
  syncRegistrations,
  wantedScripts,
  type Registration,
} from '../../../src/background/registrations';
import type { BannerView } from '../../../src/shared/messages';
import { createStore, optIns, type OptIns } from '../../../src/shared/storage';
import { memoryAreas } from '../helpers/memory-area';
import { OPTIONAL_VENDOR_ACCESS } from '../../../src/vendors/optional-vendors';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const P = '00000000000000aa';
const sender = (host: string) => ({ kind: 'offsite' as const, tabId: 4, frameId: 0, host, url: `https://${host}/` });

async function setup(features: Partial<OptIns>) {
  const areas = memoryAreas();
  await areas.local.set({ optIns: features });
  const store = createStore(areas);
  const marks: Array<[number, TabWarning]> = [];
  const markTab = async (tabId: number, warning: TabWarning) => void marks.push([tabId, warning]);
  const shown: Array<{ tabId: number; frameId: number; page: string; banner: BannerView }> = [];
  const banners = {
    offsite: async (tabId: number, frameId: number, page: string, banner: BannerView) =>
      void shown.push({ tabId, frameId, page, banner }),
  };
  return {
    areas,
    store,
    marks,
    markTab,
    shown,
    handlers: createOffsiteHandlers({ store, now: () => NOW, openCheckup: async () => 'tab', markTab, banners }),
  };
}

describe('the router check', () => {
  it('does nothing while it is off', async () => {
    const { handlers } = await setup({});
    expect(
      await handlers['offsite/hello']({ page: P, title: 'NETGEAR', logoAlts: [] }, sender('routerlogin.net')),
    ).toEqual({
      mode: 'none',
    });
    await expect(
      handlers['router/password']({ page: P, password: 'password' }, sender('routerlogin.net')),
    ).rejects.toThrow();
  });

  it('names the brand and finds a factory password, keeping only the verdict', async () => {
    const { handlers, areas, shown } = await setup({ routerCheck: true });
    expect(
      await handlers['offsite/hello']({ page: P, title: 'NETGEAR Router', logoAlts: [] }, sender('routerlogin.net')),
    ).toEqual({ mode: 'router' });
    expect(await handlers['router/password']({ page: P, password: 'password' }, sender('routerlogin.net'))).toEqual({});
    expect(shown.at(-1)).toMatchObject({ tabId: 4, frameId: 0, page: P, banner: { kind: 'router', tone: 'warning' } });
    // No checked Netgear guide: no link rather than a guessed one; but Netgear's manual names the place.
    expect(shown.at(-1)!.banner.text).toContain('ADVANCED > Administration > Set Password');
    expect(shown.at(-1)!.banner.actions.filter((a) => 'href' in a)).toEqual([]);
    expect(areas.local.data.get('home')).toMatchObject({ router: { defaultPassword: true, brand: 'netgear' } });
    expect(JSON.stringify(areas.local.snapshot())).not.toContain('"password"');
    await handlers['router/password']({ page: P, password: 'An-unlisted-one-9' }, sender('routerlogin.net'));
    expect(shown.at(-1)!.banner).toMatchObject({ kind: 'router', tone: 'info' });
    expect(areas.local.data.get('home')).toMatchObject({ router: { defaultPassword: false, brand: 'netgear' } });
  });

  it('checks a router host the user added, and no other host', async () => {
    // A public site that reached the stored list (an old version, a hand-edited profile) is still no router.
    const { handlers } = await setup({ routerCheck: true, routerHosts: ['router.lan', 'example.org'] });
    expect(
      (await handlers['offsite/hello']({ page: P, title: 'TP-Link', logoAlts: [] }, sender('router.lan'))).mode,
    ).toBe('router');
    expect(
      (await handlers['offsite/hello']({ page: P, title: 'TP-Link', logoAlts: [] }, sender('example.org'))).mode,
    ).toBe('none');
  });

  it('links the brand’s own guide to changing the admin password where one is known', async () => {
    const { handlers, shown } = await setup({ routerCheck: true });
    await handlers['offsite/hello']({ page: P, title: 'TP-Link', logoAlts: [] }, sender('tplinkwifi.net'));
    await handlers['router/password']({ page: P, password: 'admin' }, sender('tplinkwifi.net'));
    expect(shown.at(-1)!.banner).toMatchObject({ kind: 'router', tone: 'warning' });
    expect(shown.at(-1)!.banner.actions[0]).toMatchObject({ href: 'https://www.tp-link.com/id/support/faq/73' });
  });
});

describe('the look-alike warning', () => {
  it('warns on a look-alike only while it is on', async () => {
    const off = await setup({});
    expect(
      (
        await off.handlers['offsite/hello'](
          { page: P, title: 'Ring | Log In', logoAlts: [] },
          sender('ring-account-login.com'),
        )
      ).mode,
    ).toBe('none');
    expect(off.shown).toEqual([]);
    const on = await setup({ lookalikeWarnings: true });
    expect(
      await on.handlers['offsite/hello'](
        { page: P, title: 'Ring | Log In', logoAlts: [] },
        sender('ring-account-login.com'),
      ),
    ).toEqual({ mode: 'lookalike' });
    expect(on.shown).toHaveLength(1);
    expect(on.shown[0]!.banner).toMatchObject({ kind: 'lookalike', tone: 'warning', keep: true });
    expect(on.shown[0]!.banner.actions).toEqual([expect.objectContaining({ href: 'https://ring.com/' })]);
    expect(
      (await on.handlers['offsite/hello']({ page: P, title: 'Sign in', logoAlts: [] }, sender('github.com'))).mode,
    ).toBe('none');
  });

  it('marks the tab on the toolbar, for the tab’s own page only, until the tab leaves the host', async () => {
    const { handlers, marks, areas, store, markTab, shown } = await setup({ lookalikeWarnings: true });
    const warning = { host: 'rlng.com', vendorName: 'Ring', realHost: 'ring.com' };
    // A look-alike in a frame warns inside the frame but leaves the toolbar alone.
    await handlers['offsite/hello']({ page: P, title: '', logoAlts: [] }, { ...sender('rlng.com'), frameId: 3 });
    expect(marks).toEqual([]);
    expect(shown.map((s) => s.frameId)).toEqual([3]);
    await handlers['offsite/hello']({ page: P, title: '', logoAlts: [] }, sender('rlng.com'));
    expect(marks).toEqual([[4, warning]]);
    expect(areas.session.data.get('lookalike.4')).toEqual(warning);
    // The popup is told while the tab is still on that host.
    expect(await tabWarning(store, 4, 'https://rlng.com/login')).toEqual(warning);
    expect(await tabWarning(store, 4, 'https://ring.com/')).toBeNull();
    expect(await tabWarning(store, 5, 'https://rlng.com/')).toBeNull();
    // Same host (a route change): kept. Another host: cleared on the toolbar and in storage.
    await tabMovedOn({ store, markTab }, 4, 'https://rlng.com/step-2');
    expect(marks).toHaveLength(1);
    await tabMovedOn({ store, markTab }, 4, 'https://example.org/');
    expect(marks.at(-1)).toEqual([4, null]);
    expect(areas.session.data.has('lookalike.4')).toBe(false);
  });

  it('catches a page that names the vendor only after it first said hello (a later title)', async () => {
    const { handlers, marks } = await setup({ lookalikeWarnings: true });
    expect(
      (await handlers['offsite/hello']({ page: P, title: 'Welcome', logoAlts: [] }, sender('cam-deals.example'))).mode,
    ).toBe('none');
    expect(marks).toEqual([]);
    expect(
      (await handlers['offsite/hello']({ page: P, title: 'Wyze - Log in', logoAlts: [] }, sender('cam-deals.example')))
        .mode,
    ).toBe('lookalike');
    // A page that drops the claim afterwards stays marked (once), until the tab leaves the host.
    expect(
      (await handlers['offsite/hello']({ page: P, title: 'Welcome', logoAlts: [] }, sender('cam-deals.example'))).mode,
    ).toBe('lookalike');
    await handlers['offsite/hello']({ page: P, title: 'Wyze - Log in', logoAlts: [] }, sender('cam-deals.example'));
    expect(marks.map(([, w]) => w?.vendorName ?? null)).toEqual(['Wyze']);
  });
});

describe('registrations of the optional content scripts', () => {
  // The features' access; vendors added since the first release are granted one by one below.
  const vendorHosts = new Set(OPTIONAL_VENDOR_ACCESS.map((a) => a.origins.join()));
  const api = (granted: boolean, allowedVendors = new Set<string>()) => {
    const state = { registered: [] as Registration[] };
    return {
      state,
      api: {
        hasOrigins: async (origins: string[]) =>
          vendorHosts.has(origins.join()) ? allowedVendors.has(origins.join()) : granted,
        registered: async () => state.registered.map((r) => r.id),
        register: async (scripts: Registration[]) => void state.registered.push(...scripts),
        unregister: async (ids: string[]) =>
          void (state.registered = state.registered.filter((r) => !ids.includes(r.id))),
      },
    };
  };
  const prefs = (over: Partial<OptIns>): OptIns => ({ ...optIns.fallback(), ...over });

  it('registers nothing while the features are off or not granted', async () => {
    expect(await wantedScripts(prefs({}), api(true).api, 'c.js')).toEqual([]);
    expect(await wantedScripts(prefs({ routerCheck: true, lookalikeWarnings: true }), api(false).api, 'c.js')).toEqual(
      [],
    );
  });

  it('keeps vendor and router pages out of the look-alike script, and unregisters when turned off', async () => {
    const { api: scripting, state } = api(true);
    await syncRegistrations(prefs({ routerCheck: true, lookalikeWarnings: true }), scripting, 'c.js');
    const lookalike = state.registered.find((r) => r.id === 'homeguard-lookalike')!;
    expect(lookalike.excludeMatches).toEqual(
      expect.arrayContaining(['https://*.ring.com/*', 'http://routerlogin.net/*']),
    );
    await syncRegistrations(prefs({}), scripting, 'c.js');
    expect(state.registered).toEqual([]);
  });

  it('registers the pages of a vendor added since the first release only while its hosts are allowed', async () => {
    const vivint = OPTIONAL_VENDOR_ACCESS.find((a) => a.vendorId === 'vivint')!;
    expect(vivint.origins).toEqual(['https://*.vivint.com/*', 'https://*.vivintsky.com/*']);
    const allowed = new Set<string>();
    const { api: scripting, state } = api(false, allowed);
    await syncRegistrations(prefs({}), scripting, 'c.js');
    expect(state.registered).toEqual([]);
    allowed.add(vivint.origins.join());
    await syncRegistrations(prefs({}), scripting, 'c.js');
    expect(state.registered).toEqual([
      { id: 'homeguard-vendor-vivint', matches: vivint.matches, js: ['c.js'], runAt: 'document_idle' },
    ]);
    expect(vivint.matches).toEqual(['https://account.vivint.com/*', 'https://vivintsky.com/*']);
    allowed.clear(); // the user took the access back in the browser's settings
    await syncRegistrations(prefs({}), scripting, 'c.js');
    expect(state.registered).toEqual([]);
  });

  it('runs overlapping syncs one at a time, so the newer settings always win', async () => {
    // Like the browsers: every call takes turns of the event loop; an id registered twice is an error.
    const registered: Registration[] = [];
    const wait = async (turns: number) => {
      for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const browserApi = (turns: () => number) => ({
      hasOrigins: async (origins: string[]) => (await wait(turns()), !vendorHosts.has(origins.join())),
      registered: async () => (await wait(turns()), registered.map((r) => r.id)),
      register: async (scripts: Registration[]) => {
        await wait(turns());
        for (const script of scripts) {
          if (registered.some((r) => r.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          registered.push(script);
        }
      },
      unregister: async (ids: string[]) => {
        await wait(turns());
        registered.splice(0, registered.length, ...registered.filter((r) => !ids.includes(r.id)));
      },
    });
    // The grant arrives first and its run reads the older settings, but that run is the slower one.
    const older = { prefs: prefs({ routerCheck: true }), turns: 5 };
    const newer = { prefs: prefs({ routerCheck: true, lookalikeWarnings: true }), turns: 0 };
    const both = ['homeguard-lookalike', 'homeguard-router'];

    // Unserialized, the older run finishes last and undoes the newer one's registration.
    await Promise.all([
      syncRegistrations(
        older.prefs,
        browserApi(() => older.turns),
        'c.js',
      ),
      syncRegistrations(
        newer.prefs,
        browserApi(() => newer.turns),
        'c.js',
      ),
    ]);
    expect(registered.map((r) => r.id)).toEqual(['homeguard-router']);

    registered.splice(0);
    let turns = 0;
    const runs = [older, newer];
    const sync = serialSync(
      async () => {
        const run = runs.shift()!;
        turns = run.turns;
        return run.prefs;
      },
      browserApi(() => turns),
      'c.js',
    );
    await Promise.all([sync(), sync()]);
    expect(registered.map((r) => r.id).sort()).toEqual(both);
  });

  it('registers the content script by its path from the extension root, as both browsers need', () => {
    const root = 'moz-extension://3f2a/';
    expect(scriptPath('moz-extension://3f2a/src/content/index.js', root)).toBe('src/content/index.js');
    expect(scriptPath('src/content/index.js', 'chrome-extension://abc/')).toBe('src/content/index.js');
    expect(scriptPath(undefined, root)).toBe('src/content/index.js');
  });
});
