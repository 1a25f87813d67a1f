/**
 * The single in-page banner slot: one banner at a time, the most important one wins. A banner
 * offers only links, "open the checkup" and hide; anything that changes state happens on the
 * extension's own pages. Buttons react only to real user input.
 */
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { t } from '../../shared/i18n';
import { bannerCss } from './banner-css';
import { mountShadowUi, trusted, type ShadowUi } from './shadow-host';

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
  /** Identifies the banner kind in the DOM (tests, styles). */
  kind: string;
}

let current: { priority: number; ui: ShadowUi } | null = null;

function ShieldIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" />
      <path class="check" d="m8.5 12 2.5 2.5 4.5-5" />
    </svg>
  );
}

function Banner(props: BannerOptions & { onHide: () => void }): ComponentChildren {
  return (
    <aside class={`banner ${props.tone}`} data-kind={props.kind} aria-label={t('bannerRegion')}>
      <ShieldIcon />
      <p class="text" role={props.tone === 'warning' ? 'alert' : 'status'}>
        {props.text}
      </p>
      <div class="actions">
        {props.actions.map((action, index) => {
          const style = index === 0 ? 'primary' : 'secondary';
          return action.href !== undefined ? (
            <a key={action.label} class={style} href={action.href}>
              {action.label}
            </a>
          ) : (
            <button key={action.label} type="button" class={style} onClick={trusted(() => action.onClick?.())}>
              {action.label}
            </button>
          );
        })}
      </div>
      <button
        type="button"
        class="close"
        aria-label={t('bannerHide')}
        title={t('bannerHide')}
        onClick={trusted(props.onHide)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </aside>
  );
}

export function hideBanner(): void {
  if (current === null) return;
  render(null, current.ui.root);
  current.ui.remove();
  current = null;
}

/** Shows a banner unless a more important one is up; returns whether it is shown. */
export function showBanner(options: BannerOptions): boolean {
  if (current !== null && current.priority > options.priority) return false;
  hideBanner();
  const ui = mountShadowUi('banner', bannerCss);
  current = { priority: options.priority, ui };
  render(<Banner {...options} onHide={hideBanner} />, ui.root);
  return true;
}
