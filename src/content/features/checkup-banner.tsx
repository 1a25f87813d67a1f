/**
 * Records the visit with the background and shows the page's banner: a password notice left by
 * the page before (e.g. the login form), or else a small note that HomeGuard looks after this
 * vendor account, with a way into the checkup.
 */
import browser, { type Runtime } from '../../shared/browser';
import { t } from '../../shared/i18n';
import type { NoticePush } from '../../shared/messages';
import { send } from '../../shared/messaging';
import { showBanner, hideBanner } from '../ui/banner';
import { openCheckupAction, showPasswordNotice } from './password-notice';
import type { Feature } from './types';

export const checkupBanner: Feature = {
  id: 'checkup-banner',
  topFrameOnly: true,
  async init({ vendor, signal }) {
    // A notice the background finishes after this page loaded (e.g. the checks of a login).
    const onPush = (message: unknown, sender: Runtime.MessageSender) => {
      const push = message as Partial<NoticePush> | null;
      const fromBackground = sender.id === browser.runtime.id && sender.tab === undefined;
      if (fromBackground && push?.type === 'notice/show' && push.payload?.vendorId === vendor.id && !signal.aborted) {
        showPasswordNotice(push.payload.notice, vendor.id, push.payload.submittedAt);
      }
    };
    browser.runtime.onMessage.addListener(onPush);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onPush), { once: true });

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
