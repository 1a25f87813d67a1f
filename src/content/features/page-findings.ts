/**
 * Detects what the vendor page is and shows (2FA on or off, people with shared access, linked
 * assistants) and sends it to the background whenever it changes; the background answers with
 * the page's banner. On a 2FA settings page with 2FA off it outlines the vendor's own switch.
 */
import { send } from '../../shared/messaging';
import { detect } from '../detect';
import { watchPage } from '../page-watch';
import { outline } from '../ui/outline';
import type { Feature } from './types';

export const pageFindings: Feature = {
  id: 'page-findings',
  where: 'vendor',
  topFrameOnly: true,
  init({ vendor, page, signal }) {
    let lastSent = '';
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
        page: page.token,
        kinds: findings.kinds,
        ...(findings.twoFactor ? { twoFactor: findings.twoFactor } : {}),
        ...(findings.sharedUsers ? { sharedUsers: { emails: findings.sharedUsers.emails } } : {}),
        ...(findings.linked ? { linked: findings.linked } : {}),
      };
      const key = JSON.stringify(message);
      if (key === lastSent || findings.kinds.length === 0) return;
      lastSent = key;
      void send('page/findings', message).catch(() => undefined);
    };

    run();
    watchPage(run, signal);
  },
};
