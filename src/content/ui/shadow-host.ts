/**
 * One host element per in-page UI, with the UI inside its shadow root, so the vendor page's CSS
 * cannot restyle it and ours cannot leak into the page. Text goes in through JSX/textContent only.
 */
export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
  /** Starts watching whether something covers the UI (call once its content is in). */
  watch(): void;
}

/** Mounts a host element (at the end of <body> unless `place` puts it elsewhere) with a shadow root. */
export function mountShadowUi(name: string, css: string, place?: (host: HTMLElement) => void): ShadowUi {
  const host = document.createElement('homeguard-ui');
  host.setAttribute('data-homeguard', name);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, css);
  if (place) place(host);
  else (document.body ?? document.documentElement).append(host);
  return { host, root, remove: () => host.remove(), watch: () => watchCover(host) };
}

/** Constructable stylesheets are not subject to the page's style-src CSP; a <style> is the fallback. */
function applyStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts cannot adopt a sheet made in their own compartment.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

/**
 * Whether the page has hidden or disguised our UI (clickjacking: a see-through or covered banner
 * whose buttons the user clicks without seeing them). Checks the host and its ancestors' styles,
 * and, where the browser offers it (IntersectionObserver v2), whether anything covers it.
 */
export function looksTampered(host: HTMLElement, coveredByOverlay: boolean): boolean {
  if (!host.isConnected || coveredByOverlay) return true;
  const box = host.shadowRoot?.firstElementChild?.getBoundingClientRect() ?? host.getBoundingClientRect();
  if (
    box.width < 4 ||
    box.height < 4 ||
    box.bottom < 0 ||
    box.right < 0 ||
    box.top > innerHeight ||
    box.left > innerWidth
  ) {
    return true;
  }
  for (let node: Element | null = host; node !== null; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (
      Number(style.opacity) < 0.9 ||
      style.visibility !== 'visible' ||
      style.filter !== 'none' ||
      (style.clipPath !== 'none' && style.clipPath !== '') ||
      style.mixBlendMode !== 'normal'
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Wraps a handler so it runs only for real user input on our UI as the user sees it: never for
 * a page script's synthetic event, and never through a page that hid or covered the UI (the UI
 * then removes itself).
 */
export function guarded<E extends Event>(
  ui: Pick<ShadowUi, 'host' | 'remove'>,
  handler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    if (looksTampered(ui.host, covered.get(ui.host) === true)) {
      ui.remove();
      return;
    }
    handler(event);
  };
}

/** Hosts the browser reports as covered by something else (Chromium's IntersectionObserver v2). */
const covered = new WeakMap<Element, boolean>();

function watchCover(host: HTMLElement): void {
  try {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
          if (visible !== undefined) covered.set(host, !visible && entry.isIntersecting);
        }
      },
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(host.shadowRoot?.firstElementChild ?? host);
  } catch {
    // Browsers without visibility tracking: the style checks still apply.
  }
}
