/** The in-page notice after a password was used: breached, reused (never naming where) or weak. */
import { t } from '../../shared/i18n';
import type { PasswordNotice } from '../../shared/messages';
import { send } from '../../shared/messaging';
import { showBanner, type BannerAction } from '../ui/banner';

const PRIORITY: Record<PasswordNotice['kind'], number> = {
  'password-weak': 2,
  'password-reused': 3,
  'password-breached': 4,
};

export function openCheckupAction(vendorId: string): BannerAction {
  return {
    label: t('bannerOpenCheckup'),
    onClick: () => void send('checkup/open', { vendorId }).catch(() => undefined),
  };
}

function noticeText(notice: PasswordNotice): string {
  switch (notice.kind) {
    case 'password-breached':
      return t('noticeBreached', notice.count.toLocaleString());
    case 'password-reused':
      return t('noticeReused');
    case 'password-weak':
      return t('noticeWeak');
  }
}

/**
 * Shows a notice. `submittedAt` is set when the notice comes straight from the checks (the port's
 * reply or the background's push): a page loaded after the submit then marks it seen, while the
 * submitting page, which is usually about to navigate, leaves it for the next page to show.
 */
export function showPasswordNotice(notice: PasswordNotice, vendorId: string, submittedAt?: number): void {
  const actions: BannerAction[] = [];
  // Only a vendor page link: the URL comes from the knowledge base, never from the page.
  if (notice.changeUrl !== null) actions.push({ label: t('noticeChangePassword'), href: notice.changeUrl });
  actions.push(openCheckupAction(vendorId));
  const shown = showBanner({
    kind: notice.kind,
    priority: PRIORITY[notice.kind],
    tone: 'warning',
    text: noticeText(notice),
    actions,
  });
  if (shown && submittedAt !== undefined && performance.timeOrigin > submittedAt) {
    void send('notice/seen', { vendorId }).catch(() => undefined);
  }
}
