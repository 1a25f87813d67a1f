/**
 * Pages that are no vendor's: router admin pages (the optional router check) and look-alike
 * login pages (the optional warning). Both are off until the user turns them on; each handler
 * checks that again, so an old registration can never act on its own.
 */
import type { OffsiteHandlers } from '../shared/message-router';
import { home, lookalikeTabs, optIns, type Store } from '../shared/storage';
import { checkLookalike } from './lookalike/check';
import { BRANDS, brandOf, howToChange, isFactoryPassword } from './router/check';
import { isRouterHost } from '../shared/router-hosts';
import { lookalikeBannerView, routerBannerView } from './banner-views';
import type { PageBanners } from './page-banners';

export type TabWarning = { host: string; vendorName: string; realHost: string } | null;

export interface OffsiteDeps {
  store: Store;
  now: () => Date;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
  /** Shows (or clears, with null) a tab's look-alike warning on the toolbar button. */
  markTab: (tabId: number, warning: TabWarning) => Promise<void>;
  /** Sends the page its banner (page-banners.ts). */
  banners: Pick<PageBanners, 'offsite'>;
}

export function createOffsiteHandlers(deps: OffsiteDeps): OffsiteHandlers {
  const { store, now } = deps;
  // The brand each router tab showed, for the password check that follows.
  const brands = new Map<number, string | null>();

  async function routerHost(host: string): Promise<boolean> {
    const features = await store.get(optIns);
    return features.routerCheck && isRouterHost(host, features.routerHosts);
  }

  /**
   * Once a tab's page was found a look-alike, it stays marked until the tab leaves that host
   * (tabMovedOn): a page that drops its claim later (a new title) still is what it was.
   */
  async function rememberTab(tabId: number, warning: NonNullable<TabWarning>): Promise<void> {
    const item = lookalikeTabs.member(String(tabId));
    const before = await store.get(item);
    if (before?.host === warning.host && before.vendorName === warning.vendorName) return;
    await store.set(item, warning);
    await deps.markTab(tabId, warning);
  }

  return {
    'offsite/hello': async ({ page, title, logoAlts, formAction }, sender) => {
      if (await routerHost(sender.host)) {
        brands.set(sender.tabId, brandOf(sender.host, `${title} ${logoAlts.join(' ')}`));
        return { mode: 'router' };
      }
      if (!(await store.get(optIns)).lookalikeWarnings) return { mode: 'none' };
      const found = checkLookalike({ host: sender.host, title, logoAlts, formAction });
      const earlier = sender.frameId === 0 ? await store.get(lookalikeTabs.member(String(sender.tabId))) : null;
      const verdict = found ?? (earlier?.host === sender.host ? earlier : null);
      // The tab's own page decides what the toolbar shows; a frame only warns inside itself.
      if (verdict && sender.frameId === 0) {
        await rememberTab(sender.tabId, {
          host: sender.host,
          vendorName: verdict.vendorName,
          realHost: verdict.realHost,
        });
      }
      if (!verdict) return { mode: 'none' };
      await deps.banners.offsite(
        sender.tabId,
        sender.frameId,
        page,
        lookalikeBannerView(verdict.vendorName, verdict.realHost),
      );
      return { mode: 'lookalike' };
    },
    'router/password': async ({ page, password }, sender) => {
      if (!(await routerHost(sender.host))) throw new Error('the router check is off for this page');
      const brand = brands.get(sender.tabId) ?? brandOf(sender.host, '');
      const factory = isFactoryPassword(brand, password);
      // Only the verdict is kept; "not in the list" is recorded too, but never counts as safe.
      if (brand !== null) {
        await store.update(home, (current) => ({
          ...current,
          router: { defaultPassword: factory, at: now().toISOString(), brand },
        }));
      }
      // A brand HomeGuard cannot tell gets no banner: its factory passwords are not known.
      if (brand === null) return {};
      const { url, menuPath } = howToChange(brand);
      const view = routerBannerView({ brandName: BRANDS[brand]!.name, factory, helpUrl: url, menuPath });
      await deps.banners.offsite(sender.tabId, sender.frameId, page, view);
      return {};
    },
    'offsite/open-checkup': async (_payload, sender) => ({ openedIn: await deps.openCheckup(sender.tabId) }),
  };
}

/** Whether `url` (a tab's address) is on `host`; an unreadable address is not. */
function showsHost(url: string, host: string): boolean {
  try {
    return new URL(url).hostname === host;
  } catch {
    return false;
  }
}

/**
 * The tab's look-alike warning while the warning is on and the tab still shows that host (when
 * its address is known: the popup may not be told it).
 */
export async function tabWarning(store: Store, tabId: number, url: string | undefined): Promise<TabWarning> {
  const warning = await store.get(lookalikeTabs.member(String(tabId)));
  if (warning === null || !(await store.get(optIns)).lookalikeWarnings) return null;
  return url === undefined || showsHost(url, warning.host) ? warning : null;
}

/**
 * A tab moved on (`url` its new address, undefined when the tab is closed): its look-alike
 * warning stays only while the tab still shows that host.
 */
export async function tabMovedOn(
  deps: Pick<OffsiteDeps, 'store' | 'markTab'>,
  tabId: number,
  url: string | undefined,
): Promise<void> {
  const item = lookalikeTabs.member(String(tabId));
  const warning = await deps.store.get(item);
  if (warning === null || (url !== undefined && showsHost(url, warning.host))) return;
  await deps.store.remove(item);
  if (url !== undefined) await deps.markTab(tabId, null);
}
