/**
 * One host element per in-page UI, with the UI inside its shadow root, so the vendor page's CSS
 * cannot restyle it and ours cannot leak into the page. Text goes in through JSX/textContent only.
 */
export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** Mounts a host element (at the end of <body> unless `place` puts it elsewhere) with a shadow root. */
export function mountShadowUi(name: string, css: string, place?: (host: HTMLElement) => void): ShadowUi {
  const host = document.createElement('homeguard-ui');
  host.setAttribute('data-homeguard', name);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, css);
  if (place) place(host);
  else (document.body ?? document.documentElement).append(host);
  return { host, root, remove: () => host.remove() };
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

/** Wraps a handler so it only runs for real user input, never for a page script's synthetic event. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
