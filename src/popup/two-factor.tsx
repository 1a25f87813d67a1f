/**
 * A vendor's 2FA status in the checkup, and "I already use two-step sign-in" for when HomeGuard
 * could not see it: the user's word stops the nagging for that vendor.
 */
import { useState } from 'preact/hooks';
import { formatDate, t, type MessageKey } from '../shared/i18n';
import type { VendorSeen } from '../shared/messages';
import { send } from '../shared/messaging';
import { METHOD_LABELS } from '../shared/labels';
import { TWO_FACTOR_METHODS, type TwoFactorMethod } from '../vendors/kinds';

const SOURCE_LABELS: Record<NonNullable<VendorSeen['twoFactor']['source']>, MessageKey> = {
  'settings-page': 'twoFactorFromSettings',
  'login-flow': 'twoFactorFromLogin',
  user: 'twoFactorFromUser',
};

export function TwoFactorLine({ vendor, onChanged }: { vendor: VendorSeen; onChanged: () => void }) {
  const [asking, setAsking] = useState(false);
  const [method, setMethod] = useState<TwoFactorMethod | ''>('');
  const { twoFactor } = vendor;
  const formId = `confirm-${vendor.id}`;

  const confirm = async (event: Event) => {
    event.preventDefault();
    await send('twofactor/confirm', { vendorId: vendor.id, ...(method ? { method } : {}) });
    setAsking(false);
    onChanged();
  };

  let status: string;
  if (twoFactor.status === 'on') {
    const how = twoFactor.method ? ` (${t(METHOD_LABELS[twoFactor.method])})` : '';
    status = `${t('twoFactorOn')}${how}`;
  } else if (twoFactor.status === 'off') status = t('twoFactorOff');
  else status = twoFactor.mandatory ? t('twoFactorRequiredByVendor') : t('statusUnknown');

  return (
    <div class="two-factor" data-fact="two-factor" data-status={twoFactor.status}>
      <p class={twoFactor.status === 'off' ? 'bad' : twoFactor.status === 'on' ? 'good' : ''}>
        {t('twoFactorLabel')}: {status}
        {twoFactor.source && twoFactor.at && (
          <span class="meta"> · {t(SOURCE_LABELS[twoFactor.source], formatDate(twoFactor.at))}</span>
        )}
      </p>
      {twoFactor.status !== 'on' && !asking && (
        <button type="button" class="link" aria-controls={formId} aria-expanded="false" onClick={() => setAsking(true)}>
          {t('twoFactorConfirm')}
        </button>
      )}
      {asking && (
        <form id={formId} class="confirm" onSubmit={(event) => void confirm(event)}>
          <label>
            {t('twoFactorWhichMethod')}{' '}
            <select value={method} onChange={(event) => setMethod(event.currentTarget.value as TwoFactorMethod | '')}>
              <option value="">{t('twoFactorMethodUnsure')}</option>
              {TWO_FACTOR_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(METHOD_LABELS[m])}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('twoFactorSave')}</button>
          <button type="button" class="link" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
