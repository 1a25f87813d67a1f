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

export type TabWarning = { host: string; vendorName: string; realHost: string } | null;

export interface OffsiteDeps {
  store: Store;
  now: () => Date;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
  /** Shows (or clears, with null) a tab's look-alike warning on the toolbar button. */
  markTab: (tabId: number, warning: TabWarning) => Promise<void>;
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
    'offsite/hello': async ({ title, logoAlts, formAction }, sender) => {
      if (await routerHost(sender.host)) {
        const brand = brandOf(sender.host, `${title} ${logoAlts.join(' ')}`);
        brands.set(sender.tabId, brand);
        return { mode: 'router', brand: brand ? { id: brand, name: BRANDS[brand]!.name } : null };
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
      return verdict
        ? { mode: 'lookalike', vendorName: verdict.vendorName, realHost: verdict.realHost }
        : { mode: 'none' };
    },
    'router/password': async ({ password }, sender) => {
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
      const { url, menuPath } = howToChange(brand);
      return { brandName: brand ? BRANDS[brand]!.name : null, factory, helpUrl: url, menuPath };
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
