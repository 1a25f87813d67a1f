/**
 * Renders the banners the background sends this page (banner-push.ts), and only those: a push
 * for another page (the tab moved on) or from anything but the background is ignored. Buttons
 * send the matching message for this page's vendor, or the offsite checkup on other pages.
 */
import type { Runtime } from 'webextension-polyfill';
import type { BannerCommand, BannerPush, BannerView } from '../shared/messages';
import { native } from '../shared/native';
import { send } from '../shared/messaging';
import { hideBanner, showBanner } from './ui/banner';

const ignore = () => undefined;

function commandsFor(vendorId: string | null, view: BannerView) {
  return (does: BannerCommand) => {
    if (vendorId === null) return void send('offsite/open-checkup', {}).catch(ignore);
    if (does === 'open-checkup') return void send('checkup/open', { vendorId }).catch(ignore);
    hideBanner();
    if (does === 'mute') return void send('banner/mute-request', { vendorId }).catch(ignore);
    if (view.kind !== 'lookalike' && view.kind !== 'router') {
      void send('banner/snooze', { vendorId, kind: view.kind }).catch(ignore);
    }
  };
}

export function receiveBanners(page: string, vendorId: string | null, signal: AbortSignal): void {
  const onPush = (message: unknown, sender: Runtime.MessageSender) => {
    const push = message as Partial<BannerPush> | null;
    const fromBackground = sender.id === native.runtime.id && sender.tab === undefined;
    if (!fromBackground || push?.type !== 'banner/show' || push.payload?.page !== page || signal.aborted) return;
    const { banner } = push.payload;
    if (banner === null) hideBanner();
    else showBanner(banner, commandsFor(vendorId, banner));
  };
  native.runtime.onMessage.addListener(onPush);
  signal.addEventListener(
    'abort',
    () => {
      native.runtime.onMessage.removeListener(onPush);
      hideBanner();
    },
    { once: true },
  );
}
