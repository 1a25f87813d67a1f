/** The strength meter under a new-password field, in its own shadow root right after the field. */
import { t, type MessageKey } from '../../../shared/i18n';
import { STRENGTH_LABELS } from '../../../shared/labels';
import type { CrackTime, StrengthResult } from '../../../shared/messages';
import { el } from '../../ui/dom';
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

export function meter(result: StrengthResult | null): HTMLElement {
  if (result === null) return el('div', { class: 'meter empty' });
  const advice = [result.warning, ...result.suggestions].filter((key) => key !== null).slice(0, 2);
  return el(
    'div',
    { class: `meter score-${result.score}`, role: 'group', 'aria-label': t('meterLabel') },
    el(
      'div',
      { class: 'bar', 'aria-hidden': 'true' },
      // Five states, one more segment for each score: 0 lights one, 4 lights all five.
      ...[0, 1, 2, 3, 4].map((i) => el('span', { class: i <= result.score ? 'on' : '' })),
    ),
    el(
      'p',
      { class: 'level', 'aria-live': 'polite' },
      el('strong', {}, `${t('meterLabel')}: ${t(STRENGTH_LABELS[result.score]!)}`),
      ` ${t('meterCrackTime', t(CRACK[result.crackTime]))}`,
    ),
    result.leaked ? el('p', { class: 'leaked', role: 'alert' }, t('meterLeaked')) : null,
    ...advice.map((key) => el('p', { class: 'advice' }, t(key))),
  );
}

export interface MeterUi {
  update(result: StrengthResult | null): void;
  remove(): void;
}

export function mountMeter(input: HTMLInputElement): MeterUi {
  const ui = mountShadowUi('password-meter', meterCss, (host) => input.insertAdjacentElement('afterend', host));
  const update = (result: StrengthResult | null) => ui.root.replaceChildren(...styleNodes(ui.root), meter(result));
  update(null);
  return { update, remove: () => ui.remove() };
}

/** The <style> fallback (when constructable sheets are unavailable) stays in the root. */
function styleNodes(root: ShadowRoot): Node[] {
  return [...root.querySelectorAll('style')];
}
