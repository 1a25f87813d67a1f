/**
 * Detects what the vendor page is and shows (2FA on or off, people with shared access, linked
 * assistants), sends it to the background whenever it changes, including after single-page-app
 * navigations, and shows the banner the background picks. On a 2FA settings page with 2FA off it
 * outlines the vendor's own switch.
 */
import { send } from '../../shared/messaging';
import { detect } from '../detect';
import { watchPage } from '../page-watch';
import { hideBanner, showBanner } from '../ui/banner';
import { bannerOptions } from '../ui/banner-specs';
import { outline } from '../ui/outline';
import type { Feature } from './types';

export const pageFindings: Feature = {
  id: 'page-findings',
  topFrameOnly: true,
  init({ vendor, signal }) {
    let lastSent = '';
    let lastUrl = location.href;
    let outlined: { control: Element; stop: AbortController } | null = null;

    const run = () => {
      const { findings, twoFactorControl } = detect(document, new URL(location.href), vendor);
      const wantOutline = findings.twoFactor?.status === 'off' ? twoFactorControl : null;
      if (outlined && outlined.control !== wantOutline) {
        outlined.stop.abort();
        outlined = null;
      }
      if (wantOutline && !outlined) {
        const stop = new AbortController();
        signal.addEventListener('abort', () => stop.abort(), { once: true });
        outline(wantOutline, stop.signal);
        outlined = { control: wantOutline, stop };
      }
      const message = {
        vendorId: vendor.id,
        kinds: findings.kinds,
        ...(findings.twoFactor ? { twoFactor: findings.twoFactor } : {}),
        ...(findings.sharedUsers ? { sharedUsers: { emails: findings.sharedUsers.emails } } : {}),
        ...(findings.linked ? { linked: findings.linked } : {}),
      };
      // After a single-page-app navigation the old page's banner no longer applies.
      const navigated = location.href !== lastUrl;
      lastUrl = location.href;
      if (navigated) hideBanner();
      const key = JSON.stringify(message);
      if (key === lastSent || findings.kinds.length === 0) return;
      lastSent = key;
      void send('page/findings', message)
        .then(({ banner }) => {
          if (banner !== null && !signal.aborted) showBanner(bannerOptions(banner, vendor));
        })
        .catch(() => undefined);
    };

    run();
    watchPage(run, signal);
  },
};
