import { formatDate, t, type MessageKey } from '../shared/i18n';
import type { Overview, VendorSeen } from '../shared/messages';
import { TwoFactorLine } from './two-factor';

const LEVEL: MessageKey[] = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'];

/** The account's password verdicts, in words; never "safe" when a check did not run. */
function PasswordLine({ password }: { password: VendorSeen['password'] }) {
  if (password === null) return <p class="meta">{t('popupPasswordNone')}</p>;
  const { breach } = password;
  const breachText =
    breach.status === 'found'
      ? t('popupBreachFound', breach.count.toLocaleString())
      : breach.status === 'not-found'
        ? t('popupBreachNotFound')
        : breach.status === 'off'
          ? t('popupBreachOff')
          : t('popupBreachError');
  return (
    <ul class="facts-inline" data-fact="password">
      <li class={password.score <= 2 ? 'bad' : 'good'}>{t('popupPasswordStrength', t(LEVEL[password.score]!))}</li>
      {password.reusedWith.length > 0 && (
        <li class="bad" data-fact="reused">
          {t('popupPasswordReused', password.reusedWith.join(', '))}
        </li>
      )}
      <li class={breach.status === 'found' ? 'bad' : breach.status === 'not-found' ? 'good' : ''} data-fact="breach">
        {breachText}
      </li>
    </ul>
  );
}

/** The checkup: which vendor this tab is, and every account HomeGuard has seen. */
export function OverviewView({ overview, onChanged }: { overview: Overview; onChanged: () => void }) {
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
                <div class="row">
                  <span class="name">{vendor.name}</span>
                  <span class="meta">{t('popupLastVisit', formatDate(vendor.lastSeen))}</span>
                </div>
                <TwoFactorLine vendor={vendor} onChanged={onChanged} />
                <PasswordLine password={vendor.password} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
