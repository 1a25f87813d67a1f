/**
 * Points at the vendor's own control (e.g. its 2FA switch) instead of covering it: an outline and
 * a small label drawn around it, which let clicks through and follow it on scroll and resize.
 */
import { t } from '../../shared/i18n';
import { mountShadowUi } from './shadow-host';

const css = `
.ring { position: fixed; z-index: 2147483646; pointer-events: none; box-sizing: border-box;
  border: 3px solid #bf3989; border-radius: 8px; box-shadow: 0 0 0 4px rgba(191, 57, 137, 0.25); }
.label { position: absolute; left: 0; top: calc(100% + 6px); white-space: nowrap; padding: 2px 8px; border-radius: 6px;
  background: #bf3989; color: #fff; font: 600 12px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
`;

export function outline(target: Element, signal: AbortSignal): void {
  const ui = mountShadowUi('outline', css);
  const ring = document.createElement('div');
  ring.className = 'ring';
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = t('outlineLabel');
  ring.append(label);
  ui.root.append(ring);
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!target.isConnected) return ui.remove();
    const box = target.getBoundingClientRect();
    Object.assign(ring.style, {
      left: `${box.left - 6}px`,
      top: `${box.top - 6}px`,
      width: `${box.width + 12}px`,
      height: `${box.height + 12}px`,
    });
  };
  const schedule = () => (frame ||= requestAnimationFrame(place));
  place();
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => ui.remove(), { once: true });
}
