/**
 * The single in-page banner slot: it shows the banner the background sent, as it was sent (the
 * background chose and worded it), and replaces it with the next. A banner offers only links,
 * "open the checkup", snooze and "not on this site"; anything else happens on the extension's
 * own pages. Buttons react only to real user input.
 */
import type { BannerAction, BannerCommand, BannerView } from '../../shared/banner-push';
import { bannerCss } from './banner-css';
import { el } from './dom';
import { guarded, mountShadowUi, type ShadowUi } from './shadow-host';

/** Carries out a button's command for this page (the content script knows its page and vendor). */
export type BannerCommands = (does: BannerCommand) => void;

/** How often a kept banner comes back before it leaves the warning to the toolbar. */
const MAX_RETURNS = 20;

let current: { ui: ShadowUi; stop?: () => void } | null = null;

function actionElement(ui: ShadowUi, action: BannerAction, index: number, commands: BannerCommands): HTMLElement {
  const style = index === 0 ? 'primary' : 'secondary';
  let element: HTMLElement;
  const self = () => element;
  if ('href' in action) {
    // A link navigates only for a real click on the visible banner.
    const onclick = (event: Event) => {
      let allowed = false;
      guarded(ui, self, action.label, () => (allowed = true))(event);
      if (!allowed) event.preventDefault();
    };
    element = el('a', { class: style, href: action.href, onclick }, action.label);
  } else {
    const onclick = guarded(ui, self, action.label, () => commands(action.does));
    element = el('button', { type: 'button', class: style, onclick }, action.label);
  }
  return element;
}

function closeButton(ui: ShadowUi, label: string): HTMLElement {
  const button: HTMLElement = el(
    'button',
    {
      type: 'button',
      class: 'close',
      'aria-label': label,
      title: label,
      onclick: guarded(ui, () => button, '×', hideBanner),
    },
    el('span', { 'aria-hidden': 'true' }, '×'),
  );
  return button;
}

function banner(ui: ShadowUi, view: BannerView, commands: BannerCommands): HTMLElement {
  return el(
    'aside',
    { class: `banner ${view.tone}`, 'aria-label': view.labels.region },
    el('span', { class: 'icon', 'aria-hidden': 'true' }),
    el('p', { class: 'text', role: view.tone === 'warning' ? 'alert' : 'status' }, view.text),
    el('div', { class: 'actions' }, ...view.actions.map((action, i) => actionElement(ui, action, i, commands))),
    closeButton(ui, view.labels.hide),
  );
}

export function hideBanner(): void {
  current?.stop?.();
  current?.ui.remove();
  current = null;
}

/** Shows the banner in place of the one up, if any. */
export function showBanner(view: BannerView, commands: BannerCommands): void {
  hideBanner();
  mount(view, commands, 0);
}

function mount(view: BannerView, commands: BannerCommands, returns: number): void {
  const ui = mountShadowUi('banner', bannerCss);
  const entry: NonNullable<typeof current> = { ui };
  current = entry;
  ui.root.append(banner(ui, view, commands));
  ui.watch();
  if (!view.keep || returns >= MAX_RETURNS) return;
  const observer = new MutationObserver(() => {
    if (ui.host.isConnected || current !== entry) return;
    observer.disconnect();
    mount(view, commands, returns + 1);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  entry.stop = () => observer.disconnect();
}
