/** The strength meter under a new-password field, in its own shadow root right after the field. */
import { t, type MessageKey } from '../../../shared/i18n';
import { STRENGTH_LABELS } from '../../../shared/labels';
import type { CrackTime, StrengthResult } from '../../../shared/messages';
import { part } from '../../ui/dom';
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
  if (result === null) return part('div', 'meter empty');
  const advice = [result.warning, ...result.suggestions].filter((key) => key !== null).slice(0, 2);
  const box = part('div', `meter score-${result.score}`);
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('meterLabel'));
  const bar = part('div', 'bar');
  bar.setAttribute('aria-hidden', 'true');
  // Five states, one more segment for each score: 0 lights one, 4 lights all five.
  for (let i = 0; i < 5; i++) bar.append(part('span', i <= result.score ? 'on' : ''));
  const level = part('p', 'level');
  level.setAttribute('aria-live', 'polite');
  level.append(
    part('strong', undefined, `${t('meterLabel')}: ${t(STRENGTH_LABELS[result.score]!)}`),
    ` ${t('meterCrackTime', t(CRACK[result.crackTime]))}`,
  );
  box.append(bar, level);
  if (result.leaked) {
    const leaked = part('p', 'leaked', t('meterLeaked'));
    leaked.setAttribute('role', 'alert');
    box.append(leaked);
  }
  for (const key of advice) box.append(part('p', 'advice', t(key)));
  return box;
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
