/**
 * The single in-page banner slot: one banner at a time, the most important one wins. A banner
 * offers only links, "open the checkup", snooze and "not on this site"; anything else happens on
 * the extension's own pages. Buttons react only to real user input.
 */
import { t } from '../../shared/i18n';
import { bannerCss } from './banner-css';
import { el, svg } from './dom';
import { guarded, mountShadowUi, type ShadowUi } from './shadow-host';

export interface BannerAction {
  label: string;
  /** A link to a vendor page (opens in the same tab), or a button. */
  href?: string;
  onClick?: () => void;
}

export interface BannerOptions {
  /** Higher wins: a banner does not replace a more important one. */
  priority: number;
  /** `info` for a neutral notice, `warning` for a risk the user should act on. */
  tone: 'info' | 'warning';
  text: string;
  actions: BannerAction[];
  /** Comes back when the page removes it (a look-alike page hiding the warning); only the user closes it. */
  keep?: boolean;
}

/** How often a kept banner comes back before it leaves the warning to the toolbar. */
const MAX_RETURNS = 20;

let current: { priority: number; ui: ShadowUi; stop?: () => void } | null = null;

function shieldIcon(): SVGElement {
  return svg(
    'svg',
    { class: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', { d: 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z' }),
    svg('path', { class: 'check', d: 'm8.5 12 2.5 2.5 4.5-5' }),
  );
}

function actionElement(ui: ShadowUi, action: BannerAction, index: number): HTMLElement {
  const style = index === 0 ? 'primary' : 'secondary';
  let element: HTMLElement;
  const self = () => element;
  if (action.href !== undefined) {
    // A link navigates only for a real click on the visible banner.
    const onclick = (event: Event) => {
      let allowed = false;
      guarded(ui, self, action.label, () => (allowed = true))(event);
      if (!allowed) event.preventDefault();
    };
    element = el('a', { class: style, href: action.href, onclick }, action.label);
  } else {
    const onclick = guarded(ui, self, action.label, () => action.onClick?.());
    element = el('button', { type: 'button', class: style, onclick }, action.label);
  }
  return element;
}

function closeButton(ui: ShadowUi): HTMLElement {
  const button: HTMLElement = el(
    'button',
    {
      type: 'button',
      class: 'close',
      'aria-label': t('bannerHide'),
      title: t('bannerHide'),
      onclick: guarded(ui, () => button, '×', hideBanner),
    },
    el('span', { 'aria-hidden': 'true' }, '×'),
  );
  return button;
}

function banner(ui: ShadowUi, options: BannerOptions): HTMLElement {
  return el(
    'aside',
    { class: `banner ${options.tone}`, 'aria-label': t('bannerRegion') },
    shieldIcon(),
    el('p', { class: 'text', role: options.tone === 'warning' ? 'alert' : 'status' }, options.text),
    el('div', { class: 'actions' }, ...options.actions.map((action, i) => actionElement(ui, action, i))),
    closeButton(ui),
  );
}

export function hideBanner(): void {
  current?.stop?.();
  current?.ui.remove();
  current = null;
}

/** Shows a banner unless a more important one is up; returns whether it is shown. */
export function showBanner(options: BannerOptions): boolean {
  if (current !== null && current.priority > options.priority) return false;
  hideBanner();
  mount(options, 0);
  return true;
}

function mount(options: BannerOptions, returns: number): void {
  const ui = mountShadowUi('banner', bannerCss);
  const entry: NonNullable<typeof current> = { priority: options.priority, ui };
  current = entry;
  ui.root.append(banner(ui, options));
  ui.watch();
  if (!options.keep || returns >= MAX_RETURNS) return;
  const observer = new MutationObserver(() => {
    if (ui.host.isConnected || current !== entry) return;
    observer.disconnect();
    mount(options, returns + 1);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  entry.stop = () => observer.disconnect();
}
