import { t } from '../shared/i18n';
import { STRENGTH_LABELS } from '../shared/labels';
import type { VendorSeen } from '../shared/messages';

/** The account's password verdicts, in words; never "safe" when a check did not run. */
export function PasswordLine({ password }: { password: VendorSeen['password'] }) {
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
      <li class={password.score <= 2 ? 'bad' : 'good'}>
        {t('popupPasswordStrength', t(STRENGTH_LABELS[password.score]!))}
      </li>
      {password.leaked && (
        <li class="bad" data-fact="leaked">
          {t('popupPasswordLeaked')}
        </li>
      )}
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
