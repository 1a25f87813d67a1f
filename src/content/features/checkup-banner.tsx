/**
 * The first in-page feature: records the visit with the background and shows a small notice
 * that HomeGuard is looking after this vendor account, with a way into the checkup.
 */
import { render } from 'preact';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { bannerCss } from '../ui/banner-css';
import { mountShadowUi, trusted } from '../ui/shadow-host';
import type { Feature } from './types';

interface BannerProps {
  vendorName: string;
  onOpen: () => void;
  onHide: () => void;
}

function ShieldIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" />
      <path class="check" d="m8.5 12 2.5 2.5 4.5-5" />
    </svg>
  );
}

export function CheckupBanner({ vendorName, onOpen, onHide }: BannerProps) {
  return (
    <aside class="banner" aria-label={t('bannerRegion')}>
      <ShieldIcon />
      <p class="text" role="status">
        {t('bannerChecking', vendorName)}
      </p>
      <button type="button" class="primary" onClick={trusted(onOpen)}>
        {t('bannerOpenCheckup')}
      </button>
      <button
        type="button"
        class="close"
        aria-label={t('bannerHide')}
        title={t('bannerHide')}
        onClick={trusted(onHide)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </aside>
  );
}

export const checkupBanner: Feature = {
  id: 'checkup-banner',
  topFrameOnly: true,
  async init({ vendor, signal }) {
    const visit = await send('visit/record', { vendorId: vendor.id });
    if (!visit.showBanner || signal.aborted) return;
    const ui = mountShadowUi('checkup-banner', bannerCss);
    const hide = () => {
      render(null, ui.root);
      ui.remove();
    };
    signal.addEventListener('abort', hide, { once: true });
    const open = () => void send('checkup/open', { vendorId: vendor.id }).catch(() => undefined);
    render(<CheckupBanner vendorName={vendor.name} onOpen={open} onHide={hide} />, ui.root);
  },
};
