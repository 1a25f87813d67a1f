/**
 * One host element per in-page UI, with the UI inside a closed shadow root: the vendor page's
 * scripts cannot read it (no verdict leaks to the page), relabel or restyle its controls, and its
 * CSS cannot reach in. Text goes in through the small DOM builder (textContent) only.
 */
export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
  /** Watches, from the user's first approach, whether something covers the UI (call once its content is in). */
  watch(): void;
}

/** The hosts this content script mounted (a newer copy of the script keeps its own). */
const mounted = new Set<HTMLElement>();

/** Removes every UI this content script put in the page (it is being torn down). */
export function removeAllUi(): void {
  for (const host of mounted) host.remove();
  mounted.clear();
}

/**
 * The page's text styles (font, spacing, case, alignment, a transparent text fill) would pass
 * down into a UI: the host starts from the browser's defaults.
 */
const HOST_RESET = ':host { all: initial; }\n';

/** Mounts a host element (at the end of <body> unless `place` puts it elsewhere) with a closed shadow root. */
export function mountShadowUi(name: string, css: string, place?: (host: HTMLElement) => void): ShadowUi {
  const host = document.createElement('homeguard-ui');
  mounted.add(host);
  host.setAttribute('data-homeguard', name);
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, HOST_RESET + css);
  if (place) place(host);
  else (document.body ?? document.documentElement).append(host);
  const remove = () => (mounted.delete(host), host.remove());
  return { host, root, remove, watch: () => watchCover(host, root) };
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

/** The UI's own element (the root's first child that is not its fallback <style>). */
function mainElement({ host, root }: Pick<ShadowUi, 'host' | 'root'>): Element {
  return [...root.children].find((child) => child.localName !== 'style') ?? host;
}

function offScreen(box: DOMRect): boolean {
  return (
    box.width < 4 || box.height < 4 || box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth
  );
}

/**
 * Whether the page has hidden or disguised our UI (clickjacking: a see-through, mirrored or
 * covered banner whose buttons the user clicks without seeing them). Checks the UI's and the
 * control's boxes, the styles of the host and every ancestor, and, where the browser offers it
 * (IntersectionObserver v2), whether anything covers it.
 */
export function looksTampered(ui: Pick<ShadowUi, 'host' | 'root'>, control?: Element): boolean {
  const { host } = ui;
  if (!host.isConnected || covered.get(host) === true) return true;
  const main = mainElement(ui);
  if (offScreen(main.getBoundingClientRect())) return true;
  if (control !== undefined && offScreen(control.getBoundingClientRect())) return true;
  for (let node: Element | null = host; node !== null; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (
      Number(style.opacity) < 0.9 ||
      style.visibility !== 'visible' ||
      style.filter !== 'none' ||
      (style.clipPath !== 'none' && style.clipPath !== '') ||
      style.mixBlendMode !== 'normal' ||
      // A mirrored or rotated banner swaps where its buttons appear.
      (node === host && (style.transform !== 'none' || style.rotate !== 'none' || style.scale !== 'none'))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Wraps a control's handler so it runs only for real user input on that control as the user sees
 * it: never for a page script's synthetic event, never when the page hid, mirrored or covered the
 * UI, and only when a pointer click lands on the control itself and the control still reads as it
 * was made (`label`). The UI removes itself when it finds it tampered with.
 */
export function guarded<E extends Event>(
  ui: Pick<ShadowUi, 'host' | 'root' | 'remove'>,
  control: () => HTMLElement,
  label: string,
  handler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    const target = control();
    if (!target.isConnected || !ui.root.contains(target) || target.textContent !== label) return;
    if (looksTampered(ui, target)) {
      ui.remove();
      return;
    }
    // A pointer click (detail > 0; keyboard activation has none) must hit the control itself.
    if (event instanceof MouseEvent && event.detail > 0) {
      const hit = ui.root.elementFromPoint(event.clientX, event.clientY);
      if (hit === null || !target.contains(hit)) {
        ui.remove();
        return;
      }
    }
    handler(event);
  };
}

/** Hosts the browser reports as covered by something else (Chromium's IntersectionObserver v2). */
const covered = new WeakMap<Element, boolean>();

const APPROACH = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * Starts tracking whether something covers the UI when the user first comes to it (pointer or
 * keyboard focus), not at mount: visibility tracking costs the page's main thread on every frame,
 * and most notices are never touched. The browser answers within a frame or two, before a
 * person's click lands; until then the style and hit checks stand alone, as in browsers without it.
 */
function watchCover(host: HTMLElement, root: ShadowRoot): void {
  const start = () => {
    for (const type of APPROACH) root.removeEventListener(type, start, true);
    observeCover(host, root);
  };
  // On the closed root: a page's script cannot send these events there.
  for (const type of APPROACH) root.addEventListener(type, start, { capture: true, passive: true });
}

function observeCover(host: HTMLElement, root: ShadowRoot): void {
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
    observer.observe(mainElement({ host, root }));
  } catch {
    // Browsers without visibility tracking: the style and hit checks still apply.
  }
}
