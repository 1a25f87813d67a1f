/**
 * The single in-page banner slot: it shows the banner the background sent, as it was sent (the
 * background chose and worded it), and replaces it with the next. A banner offers only links,
 * "open the checkup", snooze and "not on this site"; anything else happens on the extension's
 * own pages. Buttons react only to real user input.
 */
import type { BannerAction, BannerCommand, BannerView } from '../../shared/banner-push';
import { bannerCss } from './banner-css';
import { part } from './dom';
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
    element = part('a', style, action.label);
    element.setAttribute('href', action.href);
    element.addEventListener('click', (event) => {
      let allowed = false;
      guarded(ui, self, action.label, () => (allowed = true))(event);
      if (!allowed) event.preventDefault();
    });
  } else {
    element = part('button', style, action.label);
    element.setAttribute('type', 'button');
    element.addEventListener(
      'click',
      guarded(ui, self, action.label, () => commands(action.does)),
    );
  }
  return element;
}

function closeButton(ui: ShadowUi, label: string): HTMLElement {
  const button = part('button', 'close');
  button.setAttribute('type', 'button');
  button.setAttribute('aria-label', label);
  button.setAttribute('title', label);
  button.addEventListener(
    'click',
    guarded(ui, () => button, '×', hideBanner),
  );
  const cross = part('span', undefined, '×');
  cross.setAttribute('aria-hidden', 'true');
  button.append(cross);
  return button;
}

function banner(ui: ShadowUi, view: BannerView, commands: BannerCommands): HTMLElement {
  const aside = part('aside', `banner ${view.tone}`);
  aside.setAttribute('aria-label', view.labels.region);
  const icon = part('span', 'icon');
  icon.setAttribute('aria-hidden', 'true');
  const text = part('p', 'text', view.text);
  text.setAttribute('role', view.tone === 'warning' ? 'alert' : 'status');
  const actions = part('div', 'actions');
  view.actions.forEach((action, i) => actions.append(actionElement(ui, action, i, commands)));
  aside.append(icon, text, actions, closeButton(ui, view.labels.hide));
  return aside;
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
