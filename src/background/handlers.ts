/** The background's message handlers, one line each; the work lives in the feature modules. */
import type { ContentHandlers, PageHandlers } from '../shared/message-router';
import type { BreachVerdict, SettingsView } from '../shared/messages';
import { isAllowedRouterHost } from '../shared/router-hosts';
import {
  allowedVendors,
  bannerPrefs,
  muteRequest,
  optIns,
  readSettings,
  settings,
  type Areas,
  type Store,
} from '../shared/storage';
import { applyImport, deleteAll, exportData, parseImport, previewImport } from './data';
import { applyFindings, confirmTwoFactor, noteLogin } from './account-state';
import { snooze } from './banners';
import type { PageBanners } from './page-banners';
import { vendorById } from '../vendors';
import { vendorForUrl } from '../vendors/lookup';
import type { PasswordHandlers } from './passwords/port';
import { rateStrength, userInputsFor } from './passwords/strength';
import zxcvbn from './passwords/zxcvbn-tuned';
import { passwordSubmitted } from './passwords/submitted';
import { addVendor, buildOverview, forgetVendor, mark, markReviewed } from './checkup';
import { tabWarning } from './offsite';
import { accessOffers, declineAccess } from './access-offers';
import { recordVisit } from './visits';

export interface BackgroundDeps {
  store: Store;
  /** The raw storage areas, for deleting everything. */
  areas: Areas;
  /** Resolves once stored data has been migrated: the router waits for it before any handler, the password port here. */
  ready: Promise<unknown>;
  now: () => Date;
  /** A tab by id or the active one, with its URL when ours to read; undefined when there is none (closed). */
  findTab: (which: number | 'active') => Promise<{ id: number; url?: string } | undefined>;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
  checkBreach: (password: string) => Promise<BreachVerdict>;
  /** The on-device leaked-password list (null: it could not be read). */
  isLeaked: (password: string) => Promise<boolean | null>;
  /** Resolves once zxcvbn can rate: its frequency lists have been read (frequency-lists.ts). */
  zxcvbnReady: () => Promise<void>;
  /** Whether the browser grants these hosts and the "scripting" permission that registers pages there. */
  hasHostAccess: (origins: string[]) => Promise<boolean>;
  /** Gives back every optional browser access (after "delete all data": no feature is on any more). */
  giveBackAccess: (routerHosts: readonly string[]) => Promise<void>;
  /** Each tab's page and the one banner it shows (page-banners.ts). */
  banners: PageBanners;
}

/** How long a new page waits for the password checks of the page before it (e.g. a login). */
const SUBMIT_WAIT_MS = 10_000;
/** Password checks one tab may ask for per minute (a page cannot test guesses at speed). */
export const PASSWORD_CHECKS_PER_MINUTE = 5;

export function createHandlers(deps: BackgroundDeps): {
  content: ContentHandlers;
  page: PageHandlers;
  password: PasswordHandlers;
  /** Does the first rating's one-off work (no password involved) before the user types. */
  warmUp: () => Promise<void>;
} {
  const { store, ready, now } = deps;
  // Password checks still running, by tab: the next page in that tab waits for their notice.
  const running = new Map<number, Promise<unknown>>();
  // Recent password checks by tab, for the rate limit (lost with the worker: it only slows down).
  const recentChecks = new Map<number, number[]>();

  function withinRateLimit(tabId: number): boolean {
    const at = now().getTime();
    const recent = (recentChecks.get(tabId) ?? []).filter((t) => at - t < 60_000);
    if (recent.length >= PASSWORD_CHECKS_PER_MINUTE) return false;
    recentChecks.set(tabId, [...recent, at]);
    return true;
  }

  async function settingsView(): Promise<SettingsView> {
    const muted = (await store.get(bannerPrefs)).muted;
    return {
      ...(await readSettings(store)),
      allowedVendors: await store.get(allowedVendors),
      mutedSites: muted.map((id) => ({ id, name: vendorById(id)?.name ?? id })),
    };
  }

  /** Waits (bounded) for the password checks still running for a tab, e.g. of the login just before. */
  async function settled(tabId: number): Promise<void> {
    const check = running.get(tabId);
    if (check) await Promise.race([check, new Promise((done) => setTimeout(done, SUBMIT_WAIT_MS))]);
  }

  return {
    warmUp: async () => {
      await deps.zxcvbnReady();
      rateStrength(zxcvbn, 'warm-up', []);
      await deps.isLeaked('warm-up');
    },
    content: {
      'visit/record': async ({ vendorId, page, since, route }, sender) => {
        // A single-page app's next route is the same visit.
        const { firstVisit } = route ? { firstVisit: false } : await recordVisit(store, vendorId, now());
        if (sender.frameId !== 0) return { firstVisit };
        const vendorName = vendorForUrl(sender.url)?.name ?? null; // the name this host goes by
        await deps.banners.opened(sender.tabId, { page, vendorId, vendorName, since, route });
        await settled(sender.tabId); // the checks of the login just before, for their notice
        await deps.banners.present(sender.tabId);
        return { firstVisit };
      },
      'page/findings': async (findings, sender) => {
        // A 2FA challenge right after a login counts only once that login has been noted.
        if (findings.kinds.includes('two-factor-challenge')) await settled(sender.tabId);
        const { shared } = await applyFindings(store, findings, sender.tabId, now());
        if (sender.frameId !== 0) return {};
        await deps.banners.found(sender.tabId, findings.page, {
          onTwoFactorSettings: findings.kinds.includes('two-factor-settings'),
          twoFactorOff: findings.twoFactor?.status === 'off',
          shared,
          linkedHere: findings.linked !== undefined,
        });
        await deps.banners.present(sender.tabId);
        return {};
      },
      'banner/snooze': async ({ vendorId, kind }, sender) => {
        const vendor = vendorById(vendorId);
        if (vendor) await store.update(bannerPrefs, (prefs) => snooze(prefs, vendor, kind, now()));
        await deps.banners.closed(sender.tabId);
        return {};
      },
      'banner/mute-request': async ({ vendorId }, sender) => {
        await store.set(muteRequest, { vendorId, at: now().getTime() });
        await deps.banners.closed(sender.tabId);
        return { openedIn: await deps.openCheckup(sender.tabId) };
      },
      'checkup/open': async (_payload, sender) => ({ openedIn: await deps.openCheckup(sender.tabId) }),
    },
    page: {
      'overview/get': async ({ tabId }) => {
        const tab = tabId === undefined ? undefined : await deps.findTab(tabId);
        const url = tab?.url;
        const vendor = vendorForUrl(url);
        const [overview, lookalike, offers] = await Promise.all([
          buildOverview(store, now(), vendor ? { id: vendor.id, name: vendor.name } : null),
          tab === undefined ? null : tabWarning(store, tab.id, url),
          accessOffers(store, deps.hasHostAccess),
        ]);
        return { ...overview, lookalike, accessOffers: offers };
      },
      'checklist/mark': async (target) => {
        await mark(store, target, now());
        return {};
      },
      'vendors/add': async ({ vendorId }) => {
        await addVendor(store, vendorId, now());
        return {};
      },
      'vendors/reviewed': async ({ vendorId }) => {
        await markReviewed(store, vendorId, now());
        return {};
      },
      'access/decline': async ({ vendorId }) => {
        await declineAccess(store, vendorId);
        return {};
      },
      'data/export': async () => exportData(store, now()),
      'data/import': async ({ file, apply }) => {
        const parsed = parseImport(file);
        if (!parsed.ok) return parsed;
        const preview = await previewImport(store, parsed.file);
        if (apply) await applyImport(store, parsed.file);
        return { ok: true, preview };
      },
      'data/delete-all': async () => {
        const { routerHosts } = await store.get(optIns);
        await deleteAll(deps.areas);
        await deps.giveBackAccess(routerHosts);
        return {};
      },
      'vendors/forget': async ({ vendorId }) => {
        await forgetVendor(store, vendorId);
        return {};
      },
      'settings/get': async () => settingsView(),
      'twofactor/confirm': async ({ vendorId, method }) => {
        await confirmTwoFactor(store, vendorId, method, now());
        return {};
      },
      'banners/mute': async ({ vendorId, mute }) => {
        await store.remove(muteRequest);
        if (mute)
          await store.update(bannerPrefs, (prefs) => ({ ...prefs, muted: [...new Set([...prefs.muted, vendorId])] }));
        return {};
      },
      'banners/unmute': async ({ vendorId }) => {
        await store.update(bannerPrefs, (prefs) => ({ ...prefs, muted: prefs.muted.filter((id) => id !== vendorId) }));
        return {};
      },
      'settings/update': async (change) => {
        const { bannersEnabled, reminderDays, routerHosts, ...switches } = change;
        await store.update(settings, (current) => ({
          ...current,
          ...(bannersEnabled === undefined ? {} : { bannersEnabled }),
          ...(reminderDays === undefined ? {} : { reminderDays }),
        }));
        // Opt-ins are this device's own (storage.local): each rests on access granted here.
        await store.update(optIns, (current) => ({
          ...current,
          ...Object.fromEntries(Object.entries(switches).filter(([, value]) => value !== undefined)),
          ...(routerHosts === undefined ? {} : { routerHosts: routerHosts.filter(isAllowedRouterHost) }),
        }));
        return settingsView();
      },
    },
    password: {
      'strength/rate': async ({ vendorId, password, userInputs }) => {
        await deps.zxcvbnReady();
        const rating = rateStrength(
          zxcvbn,
          password,
          userInputsFor(vendorById(vendorId)?.name ?? vendorId, userInputs),
        );
        return { ...rating, leaked: await deps.isLeaked(password) };
      },
      'password/submitted': async (payload, sender) => {
        await ready;
        if (!withinRateLimit(sender.tabId)) return {};
        if (payload.form === 'login') await noteLogin(store, sender.tabId, payload.vendorId, now());
        const check = passwordSubmitted(
          { store, now, checkBreach: deps.checkBreach, isLeaked: deps.isLeaked, zxcvbnReady: deps.zxcvbnReady },
          payload,
        ).then(async ({ notice, submittedAt }) => {
          if (notice !== null) {
            await deps.banners.notice(sender.tabId, sender.frameId, {
              vendorId: payload.vendorId,
              notice,
              submittedAt,
            });
          }
        });
        running.set(sender.tabId, check);
        try {
          // The page gets nothing back: the notice comes as its banner, never the verdicts behind it.
          await check;
          return {};
        } finally {
          if (running.get(sender.tabId) === check) running.delete(sender.tabId);
        }
      },
    },
  };
}
