/**
 * Records the visit and shows the one banner the background chose for this page: a password
 * notice left by the page before (e.g. the login form), a risk on this account, or a small note
 * that HomeGuard looks after it. Also shows notices the background finishes later.
 */
import type { Runtime } from 'webextension-polyfill';
import { native } from '../../shared/native';
import type { NoticePush } from '../../shared/messages';
import { send } from '../../shared/messaging';
import { hideBanner, showBanner } from '../ui/banner';
import { bannerOptions } from '../ui/banner-specs';
import { showPasswordNotice } from './password-notice';
import type { Feature } from './types';

export const checkupBanner: Feature = {
  id: 'checkup-banner',
  topFrameOnly: true,
  async init({ vendor, signal }) {
    // A notice the background finishes after this page loaded (e.g. the checks of a login).
    const onPush = (message: unknown, sender: Runtime.MessageSender) => {
      const push = message as Partial<NoticePush> | null;
      const fromBackground = sender.id === native.runtime.id && sender.tab === undefined;
      if (fromBackground && push?.type === 'notice/show' && push.payload?.vendorId === vendor.id && !signal.aborted) {
        showPasswordNotice(push.payload.notice, vendor, push.payload.submittedAt);
      }
    };
    native.runtime.onMessage.addListener(onPush);
    signal.addEventListener('abort', () => native.runtime.onMessage.removeListener(onPush), { once: true });
    signal.addEventListener('abort', hideBanner, { once: true });

    const visit = await send('visit/record', { vendorId: vendor.id });
    if (visit.banner !== null && !signal.aborted) showBanner(bannerOptions(visit.banner, vendor));
  },
};
