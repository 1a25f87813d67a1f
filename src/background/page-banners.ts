/**
 * The one route of a banner to a page. The background keeps, per tab, the page its top frame
 * shows now (storage.ts `tabPages`); whenever something about that page changes (it began, it
 * found something, a password check finished, the user snoozed) it chooses the page's one
 * banner (banners.ts), words it (banner-views.ts) and pushes it, unless the page has it already.
 */
import type { BannerPush, BannerView, PasswordNotice } from '../shared/messages';
import {
  bannerPrefs,
  greeted,
  pendingNotices,
  settings,
  tabPages,
  vendorStates,
  type Store,
  type TabPage,
} from '../shared/storage';
import { vendorById } from '../vendors';
import { bannerAllowed, chooseBanner } from './banners';
import { vendorBannerView } from './banner-views';

/** A notice older than this is not shown any more: it belongs to an earlier visit. */
export const NOTICE_TTL_MS = 2 * 60_000;

export interface PageBannerDeps {
  store: Store;
  now: () => Date;
  /** Sends a page its banner (null: none); a page that is gone or changed meanwhile ignores it. */
  push: (tabId: number, frameId: number, payload: BannerPush['payload']) => Promise<void>;
}

type PageStart = Pick<TabPage, 'page' | 'vendorId' | 'vendorName' | 'since' | 'route'>;

/** A page as it begins: nothing found, taken, sent or closed yet. */
const begun = (start: PageStart, greets: boolean): TabPage => ({
  ...start,
  greets,
  found: null,
  notice: null,
  shown: null,
  closed: false,
});

export function createPageBanners(deps: PageBannerDeps) {
  const { store, now } = deps;
  const item = (tabId: number) => tabPages.member(String(tabId));
  // One decision at a time per tab, so two events cannot send the page two banners out of order.
  const queues = new Map<number, Promise<unknown>>();
  function serial(tabId: number, work: () => Promise<void>): Promise<void> {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
    queues.set(
      tabId,
      next.catch(() => undefined),
    );
    return next;
  }

  async function send(tabId: number, record: TabPage, banner: BannerView | null): Promise<void> {
    const shown = banner === null ? null : JSON.stringify(banner);
    if (shown === record.shown) return;
    // The vendor's first page this browser session that is sent the neutral banner says HomeGuard
    // is at work here; later pages stay quiet unless there is something to warn of (the toolbar
    // badge keeps the score). This page keeps its banner while it is up.
    const { vendorId } = record;
    if (banner?.kind === 'checkup' && vendorId !== null) {
      await store.update(greeted, (ids) => (ids.includes(vendorId) ? ids : [...ids, vendorId]));
    }
    await store.set(item(tabId), { ...record, shown });
    await deps.push(tabId, 0, { page: record.page, banner });
  }

  /** The password notice waiting for this tab, if it is this vendor's and recent (a stale one is dropped). */
  async function waiting(tabId: number, vendorId: string) {
    const pending = await store.get(pendingNotices.member(String(tabId)));
    if (pending === null) return null;
    if (now().getTime() - pending.submittedAt >= NOTICE_TTL_MS) {
      await store.remove(pendingNotices.member(String(tabId)));
      return null;
    }
    return pending.vendorId === vendorId ? pending : null;
  }

  async function present(tabId: number): Promise<void> {
    const record = await store.get(item(tabId));
    if (record === null || record.vendorId === null) return;
    const vendor = vendorById(record.vendorId);
    if (vendor === undefined) return;
    const pending = await waiting(tabId, vendor.id);
    let notice: PasswordNotice | null = record.notice;
    let closed = record.closed;
    if (pending !== null && JSON.stringify(pending.notice) !== JSON.stringify(record.notice)) {
      notice = pending.notice;
      closed = false; // a new notice is worth saying after a snooze
    }
    // A page that began after the password was sent is the one after the submit: the notice is
    // its own now, and no later page shows it. The submitting page shows it and leaves it waiting.
    if (pending !== null && record.since > pending.submittedAt) {
      await store.remove(pendingNotices.member(String(tabId)));
    }
    const updated = { ...record, notice, closed };
    if (closed) return store.set(item(tabId), updated);
    const [prefs, { bannersEnabled }, state] = await Promise.all([
      store.get(bannerPrefs),
      store.get(settings),
      store.get(vendorStates.member(vendor.id)),
    ]);
    const spec = chooseBanner(
      {
        vendor,
        state,
        prefs,
        now: now(),
        notice,
        ...(record.found ? { page: record.found } : {}),
        includeCheckup: record.greets,
      },
      bannersEnabled,
    );
    await send(tabId, updated, spec === null ? null : vendorBannerView(spec, record.vendorName ?? vendor.name));
  }

  return {
    /** A page (or a single-page app's next route) began in the tab's top frame. */
    opened: (tabId: number, start: PageStart) =>
      serial(tabId, async () => {
        // A single-page app's next route is the same visit: it never greets.
        const greets = !start.route && start.vendorId !== null && !(await store.get(greeted)).includes(start.vendorId);
        await store.set(item(tabId), begun(start, greets));
      }),
    /** What the page found now; ignored when the tab has moved on to another page. */
    found: (tabId: number, page: string, found: NonNullable<TabPage['found']>) =>
      serial(tabId, async () => {
        const record = await store.get(item(tabId));
        if (record?.page === page) await store.set(item(tabId), { ...record, found });
      }),
    /**
     * A password check's notice: it waits for the page after the submit (unless the user's banner
     * settings would not show it anyway) and shows on the page up now.
     */
    notice: async (
      tabId: number,
      frameId: number,
      pending: { vendorId: string; notice: PasswordNotice; submittedAt: number },
    ) => {
      const [prefs, { bannersEnabled }] = await Promise.all([store.get(bannerPrefs), store.get(settings)]);
      if (!bannerAllowed(prefs, bannersEnabled, pending.vendorId, pending.notice.kind, now())) return;
      await store.set(pendingNotices.member(String(tabId)), pending);
      if (frameId === 0) await serial(tabId, () => present(tabId));
    },
    /** The user snoozed or muted this page's banner. */
    closed: (tabId: number) =>
      serial(tabId, async () => {
        const record = await store.get(item(tabId));
        if (record !== null) await store.set(item(tabId), { ...record, closed: true, shown: null });
      }),
    /** Chooses the page's banner and sends it if it changed. */
    present: (tabId: number) => serial(tabId, () => present(tabId)),
    /** A page that is no vendor's: its look-alike or router banner, sent once per page and frame. */
    offsite: (tabId: number, frameId: number, page: string, banner: BannerView) =>
      serial(tabId, async () => {
        if (frameId !== 0) return deps.push(tabId, frameId, { page, banner });
        const before = await store.get(item(tabId));
        const record =
          before?.page === page
            ? before
            : begun({ page, vendorId: null, vendorName: null, since: now().getTime(), route: false }, false);
        await send(tabId, record, banner);
      }),
    /** The tab was closed. */
    gone: (tabId: number) => serial(tabId, () => store.remove(item(tabId))),
  };
}

export type PageBanners = ReturnType<typeof createPageBanners>;
