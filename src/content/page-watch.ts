const isOwnHost = (node: Node) => node instanceof Element && node.localName === 'homeguard-ui';

/** A change of HomeGuard's own UI (its hosts coming and going, or anything inside them): no page change. */
export function isOwnUi(record: MutationRecord): boolean {
  if (record.target instanceof Element && record.target.closest('homeguard-ui')) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every(isOwnHost);
}

/**
 * Everyone watching the page shares one observer and one set of navigation listeners: a DOM
 * change or a navigation is looked at once, not per feature.
 */
const watchers = new Set<() => void>();
let shared: { observer: MutationObserver; navigation: AbortController } | null = null;

function notifyAll(): void {
  for (const watcher of watchers) watcher();
}

function startShared(): NonNullable<typeof shared> {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnUi(record))) notifyAll();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-checked', 'checked', 'class', 'hidden'],
  });
  const navigation = new AbortController();
  const { signal } = navigation;
  (window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', notifyAll, { signal });
  window.addEventListener('popstate', notifyAll, { signal });
  window.addEventListener('hashchange', notifyAll, { signal });
  return { observer, navigation };
}

function share(schedule: () => void): void {
  watchers.add(schedule);
  shared ??= startShared();
}

function unshare(schedule: () => void): void {
  watchers.delete(schedule);
  if (watchers.size > 0 || shared === null) return;
  shared.observer.disconnect();
  shared.navigation.abort();
  shared = null;
}

/**
 * Calls back when the page may show something new: a single-page-app navigation (the Navigation
 * API where the browser has it, popstate and hashchange otherwise) or DOM changes, at most once per
 * `throttleMs`. Content scripts are not injected again on such navigations.
 */
export function watchPage(onChange: () => void, signal: AbortSignal, throttleMs = 400): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, throttleMs);
  };
  share(schedule);
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      unshare(schedule);
    },
    { once: true },
  );
}

/**
 * The address that makes a single-page app's route: the path and query, and the fragment only
 * where the app routes by it (`#/…`, `#!…`); a jump to an anchor on the page is no new route.
 */
export function routeOf(url: string): string {
  const { origin, pathname, search, hash } = new URL(url);
  return origin + pathname + search + (hash.startsWith('#/') || hash.startsWith('#!') ? hash : '');
}

/**
 * Calls back when a single-page app moved to another route (history.pushState is invisible to a
 * content script: a navigation event where the browser has the Navigation API, popstate,
 * hashchange, or the DOM changing with the address).
 */
export function watchRoute(onRoute: () => void, signal: AbortSignal): void {
  let route = routeOf(location.href);
  watchPage(
    () => {
      const now = routeOf(location.href);
      if (now === route) return;
      route = now;
      onRoute();
    },
    signal,
    150,
  );
}
