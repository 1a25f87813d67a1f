/** The background's message handlers, one line each; the work lives in the feature modules. */
import type { ContentHandlers, PageHandlers } from '../shared/message-router';
import type { BannerSpec, BreachVerdict, NoticePush, PasswordNotice, SettingsView } from '../shared/messages';
import { isAllowedRouterHost } from '../shared/router-hosts';
import {
  allowedVendors,
  bannerPrefs,
  muteRequest,
  optIns,
  pendingNotices,
  readSettings,
  settings,
  vendorStates,
  type Areas,
  type Store,
  type VendorState,
} from '../shared/storage';
import { applyImport, deleteAll, exportData, parseImport, previewImport } from './data';
import { applyFindings, confirmTwoFactor, noteLogin } from './account-state';
import { bannerAllowed, chooseBanner, snooze, type BannerInput } from './banners';
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
  /** The URL of a tab, or undefined when the tab is gone or not ours to read. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
  checkBreach: (password: string) => Promise<BreachVerdict>;
  /** The on-device leaked-password list (null: it could not be read). */
  isLeaked: (password: string) => Promise<boolean | null>;
  /** Whether the browser grants these hosts and the "scripting" permission that registers pages there. */
  hasHostAccess: (origins: string[]) => Promise<boolean>;
  /** Gives back every optional browser access (after "delete all data": no feature is on any more). */
  giveBackAccess: (routerHosts: readonly string[]) => Promise<void>;
  /** Tells the vendor page now open in a tab about a notice (the page that asked may be gone). */
  pushNotice: (tabId: number, push: NoticePush['payload']) => Promise<void>;
}

/** How long a new page waits for the password checks of the page before it (e.g. a login). */
const SUBMIT_WAIT_MS = 10_000;
/** A notice older than this is not shown any more: it belongs to an earlier visit. */
export const NOTICE_TTL_MS = 2 * 60_000;
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

  /** The notice as the user's banner settings allow it: none with banners off or the site muted. */
  async function allowedNotice(vendorId: string, notice: PasswordNotice | null): Promise<PasswordNotice | null> {
    if (notice === null) return null;
    const [prefs, { bannersEnabled }] = await Promise.all([store.get(bannerPrefs), store.get(settings)]);
    return bannerAllowed(prefs, bannersEnabled, vendorId, notice.kind, now()) ? notice : null;
  }

  async function bannerFor(
    vendorId: string,
    context: Pick<BannerInput, 'includeCheckup' | 'page'> & { notice?: PasswordNotice | null; state?: VendorState },
  ): Promise<BannerSpec | null> {
    const vendor = vendorById(vendorId);
    if (vendor === undefined) return null;
    const [prefs, { bannersEnabled }] = await Promise.all([store.get(bannerPrefs), store.get(settings)]);
    const state = context.state ?? (await store.get(vendorStates.member(vendorId)));
    return chooseBanner({ vendor, state, prefs, now: now(), ...context }, bannersEnabled);
  }

  /** Waits (bounded) for the password checks still running for a tab, e.g. of the login just before. */
  async function settled(tabId: number): Promise<void> {
    const check = running.get(tabId);
    if (check) await Promise.race([check, new Promise((done) => setTimeout(done, SUBMIT_WAIT_MS))]);
  }

  async function takeNotice(tabId: number, vendorId: string): Promise<PasswordNotice | null> {
    await settled(tabId);
    const item = pendingNotices.member(String(tabId));
    const pending = await store.get(item);
    if (pending === null) return null;
    await store.remove(item);
    const fresh = now().getTime() - pending.submittedAt < NOTICE_TTL_MS;
    return fresh && pending.vendorId === vendorId ? pending.notice : null;
  }

  return {
    warmUp: async () => {
      rateStrength(zxcvbn, 'warm-up', []);
      await deps.isLeaked('warm-up');
    },
    content: {
      'visit/record': async ({ vendorId }, sender) => {
        const { firstVisit } = await recordVisit(store, vendorId, now());
        if (sender.frameId !== 0) return { firstVisit, banner: null };
        const notice = await takeNotice(sender.tabId, vendorId);
        return { firstVisit, banner: await bannerFor(vendorId, { notice, includeCheckup: true }) };
      },
      'page/findings': async (findings, sender) => {
        // A 2FA challenge right after a login counts only once that login has been noted.
        if (findings.kinds.includes('two-factor-challenge')) await settled(sender.tabId);
        const { state, shared } = await applyFindings(store, findings, sender.tabId, now());
        if (sender.frameId !== 0) return { banner: null };
        const page = {
          onTwoFactorSettings: findings.kinds.includes('two-factor-settings'),
          twoFactorOff: findings.twoFactor?.status === 'off',
          shared,
          linkedHere: findings.linked !== undefined,
        };
        return { banner: await bannerFor(findings.vendorId, { page, state, includeCheckup: false }) };
      },
      'banner/snooze': async ({ vendorId, kind }) => {
        const vendor = vendorById(vendorId);
        if (vendor) await store.update(bannerPrefs, (prefs) => snooze(prefs, vendor, kind, now()));
        return {};
      },
      'banner/mute-request': async ({ vendorId }, sender) => {
        await store.set(muteRequest, { vendorId, at: now().getTime() });
        return { openedIn: await deps.openCheckup(sender.tabId) };
      },
      'notice/seen': async (_payload, sender) => {
        await store.remove(pendingNotices.member(String(sender.tabId)));
        return {};
      },
      'checkup/open': async (_payload, sender) => ({ openedIn: await deps.openCheckup(sender.tabId) }),
    },
    page: {
      'overview/get': async ({ tabId }) => {
        const url = tabId === undefined ? undefined : await deps.tabUrl(tabId);
        const vendor = vendorForUrl(url);
        const overview = await buildOverview(store, now(), vendor ? { id: vendor.id, name: vendor.name } : null);
        return {
          ...overview,
          lookalike: tabId === undefined ? null : await tabWarning(store, tabId, url),
          accessOffers: await accessOffers(store, deps.hasHostAccess),
        };
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
        const rating = rateStrength(
          zxcvbn,
          password,
          userInputsFor(vendorById(vendorId)?.name ?? vendorId, userInputs),
        );
        return { ...rating, leaked: await deps.isLeaked(password) };
      },
      'password/submitted': async (payload, sender) => {
        await ready;
        if (!withinRateLimit(sender.tabId)) return { notice: null, submittedAt: now().getTime() };
        if (payload.form === 'login') await noteLogin(store, sender.tabId, payload.vendorId, now());
        const check = passwordSubmitted(
          { store, now, checkBreach: deps.checkBreach, isLeaked: deps.isLeaked },
          payload,
        ).then(async (outcome) => {
          const notice = await allowedNotice(payload.vendorId, outcome.notice);
          if (notice === null) return { notice, submittedAt: outcome.submittedAt };
          const pending = { vendorId: payload.vendorId, notice, submittedAt: outcome.submittedAt };
          await store.set(pendingNotices.member(String(sender.tabId)), pending);
          // A login usually navigates before the checks finish: the next page may already be up.
          void deps.pushNotice(sender.tabId, pending);
          return { notice, submittedAt: outcome.submittedAt };
        });
        running.set(sender.tabId, check);
        try {
          // The page gets only what it shows: the notice, never the verdicts behind it.
          return await check;
        } finally {
          if (running.get(sender.tabId) === check) running.delete(sender.tabId);
        }
      },
    },
  };
}
