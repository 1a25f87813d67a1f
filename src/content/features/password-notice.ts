/** The in-page notice after a password was used: breached, reused (never naming where) or weak. */
import type { PasswordNotice } from '../../shared/messages';
import { send } from '../../shared/messaging';
import { showBanner } from '../ui/banner';
import { bannerOptions } from '../ui/banner-specs';

/**
 * Shows a notice. `submittedAt` is set when the notice comes straight from the checks (the port's
 * reply or the background's push): a page loaded after the submit then marks it seen, while the
 * submitting page, which is usually about to navigate, leaves it for the next page to show.
 */
export function showPasswordNotice(
  notice: PasswordNotice,
  vendor: { id: string; name: string },
  submittedAt?: number,
): void {
  const shown = showBanner(bannerOptions(notice, vendor));
  if (shown && submittedAt !== undefined && performance.timeOrigin > submittedAt) {
    void send('notice/seen', { vendorId: vendor.id }).catch(() => undefined);
  }
}
