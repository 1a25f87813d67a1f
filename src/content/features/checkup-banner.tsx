/**
 * Records the visit with the background and shows the page's banner: a password notice left by
 * the page before (e.g. the login form), or else a small note that HomeGuard looks after this
 * vendor account, with a way into the checkup.
 */
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { showBanner, hideBanner } from '../ui/banner';
import { openCheckupAction, showPasswordNotice } from './password-notice';
import type { Feature } from './types';

export const checkupBanner: Feature = {
  id: 'checkup-banner',
  topFrameOnly: true,
  async init({ vendor, signal }) {
    const visit = await send('visit/record', { vendorId: vendor.id });
    if (!visit.showBanner || signal.aborted) return;
    signal.addEventListener('abort', hideBanner, { once: true });
    if (visit.notice !== null) {
      showPasswordNotice(visit.notice, vendor.id);
      return;
    }
    showBanner({
      kind: 'checkup',
      priority: 1,
      tone: 'info',
      text: t('bannerChecking', vendor.name),
      actions: [openCheckupAction(vendor.id)],
    });
  },
};
