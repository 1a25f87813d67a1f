/** The strength meter under a new-password field, in its own shadow root right after the field. */
import { render } from 'preact';
import { t, type MessageKey } from '../../../shared/i18n';
import type { CrackTime, StrengthResult } from '../../../shared/messages';
import { mountShadowUi } from '../../ui/shadow-host';
import { meterCss } from './meter-css';

const CRACK: Record<CrackTime, MessageKey> = {
  instant: 'crackInstant',
  seconds: 'crackSeconds',
  minutes: 'crackMinutes',
  hours: 'crackHours',
  days: 'crackDays',
  months: 'crackMonths',
  years: 'crackYears',
  centuries: 'crackCenturies',
};
const LEVEL: MessageKey[] = ['strength0', 'strength1', 'strength2', 'strength3', 'strength4'];

export function Meter({ result }: { result: StrengthResult | null }) {
  if (result === null) return <div class="meter empty" />;
  const advice = [result.warning, ...result.suggestions].filter((key) => key !== null).slice(0, 2);
  return (
    <div class="meter" data-score={result.score} role="group" aria-label={t('meterLabel')}>
      <div class="bar" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} class={i < Math.max(1, result.score) ? 'on' : ''} />
        ))}
      </div>
      <p class="level" aria-live="polite">
        <strong>
          {t('meterLabel')}: {t(LEVEL[result.score]!)}
        </strong>{' '}
        {t('meterCrackTime', t(CRACK[result.crackTime]))}
      </p>
      {advice.map((key) => (
        <p key={key} class="advice">
          {t(key)}
        </p>
      ))}
    </div>
  );
}

export interface MeterUi {
  update(result: StrengthResult | null): void;
  remove(): void;
}

export function mountMeter(input: HTMLInputElement): MeterUi {
  const ui = mountShadowUi('password-meter', meterCss, (host) => input.insertAdjacentElement('afterend', host));
  const update = (result: StrengthResult | null) => render(<Meter result={result} />, ui.root);
  update(null);
  return {
    update,
    remove: () => {
      render(null, ui.root);
      ui.remove();
    },
  };
}
