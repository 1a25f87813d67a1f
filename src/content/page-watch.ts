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
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', schedule, { signal });
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });
  const observer = new MutationObserver((records) => {
    // Our own UI changing must not trigger a new detection.
    if (records.some((r) => !(r.target instanceof Element && r.target.closest('homeguard-ui')))) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-checked', 'checked', 'class', 'hidden'],
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
