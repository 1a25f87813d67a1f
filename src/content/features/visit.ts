/**
 * Tells the background that a vendor page (or a single-page app's next route) began. The
 * background records the visit and sends the page its one banner (banner-push.ts): a password
 * notice left by the page before, a risk on this account, or a note that HomeGuard looks after it.
 */
import { send } from '../../shared/messaging';
import type { Feature } from './types';

export const visit: Feature = {
  id: 'visit',
  where: 'vendor',
  topFrameOnly: true,
  async init({ vendor, page }) {
    await send('visit/record', { vendorId: vendor.id, page: page.token, since: page.since, route: page.route });
  },
};
