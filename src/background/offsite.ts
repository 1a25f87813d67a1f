/**
 * Pages that are no vendor's: router admin pages (the optional router check) and look-alike
 * login pages (the optional warning). Both are off until the user turns them on; each handler
 * checks that again, so an old registration can never act on its own.
 */
import type { OffsiteHandlers } from '../shared/message-router';
import { home, optIns, type Store } from '../shared/storage';
import { checkLookalike } from './lookalike';
import { BRANDS, brandOf, howToChange, isFactoryPassword } from './router/check';
import { isRouterHost } from '../shared/router-hosts';

export interface OffsiteDeps {
  store: Store;
  now: () => Date;
  openCheckup: (tabId: number) => Promise<'popup' | 'tab'>;
}

export function createOffsiteHandlers(deps: OffsiteDeps): OffsiteHandlers {
  const { store, now } = deps;
  // The brand each router tab showed, for the password check that follows.
  const brands = new Map<number, string | null>();

  async function routerHost(host: string): Promise<boolean> {
    const features = await store.get(optIns);
    return features.routerCheck && isRouterHost(host, features.routerHosts);
  }

  return {
    'offsite/hello': async ({ title, logoAlts, formAction }, sender) => {
      if (await routerHost(sender.host)) {
        const brand = brandOf(sender.host, `${title} ${logoAlts.join(' ')}`);
        brands.set(sender.tabId, brand);
        return { mode: 'router', brand: brand ? { id: brand, name: BRANDS[brand]!.name } : null };
      }
      if ((await store.get(optIns)).lookalikeWarnings) {
        const verdict = checkLookalike({ host: sender.host, title, logoAlts, formAction });
        if (verdict) return { mode: 'lookalike', vendorName: verdict.vendorName, realHost: verdict.realHost };
      }
      return { mode: 'none' };
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
