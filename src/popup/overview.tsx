import { formatDate, t } from '../shared/i18n';
import type { Overview } from '../shared/messages';

/** The checkup: which vendor this tab is, and every account HomeGuard has seen. */
export function OverviewView({ overview }: { overview: Overview }) {
  return (
    <>
      {overview.resets.length > 0 && (
        <p class="warning" role="alert">
          {t('popupResetNotice', overview.resets.map((r) => r.key).join(', '))}
        </p>
      )}
      <p class="current" data-vendor={overview.current?.id ?? ''}>
        {overview.current ? t('popupCurrentVendor', overview.current.name) : t('popupNoVendor')}
      </p>
      <section aria-labelledby="seen-heading">
        <h2 id="seen-heading">{t('popupSeenHeading')}</h2>
        {overview.seen.length === 0 ? (
          <p class="empty">{t('popupSeenEmpty')}</p>
        ) : (
          <ul class="vendors">
            {overview.seen.map((vendor) => (
              <li key={vendor.id} data-vendor={vendor.id}>
                <span class="name">{vendor.name}</span>
                <span class="meta">{t('popupLastVisit', formatDate(vendor.lastSeen))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
