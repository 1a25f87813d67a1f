/** Vendors whose pages show no banners ("Not on this site"), each with a way back. */
import { t } from '../shared/i18n';
import type { SettingsView } from '../shared/messages';
import { send } from '../shared/messaging';

export function MutedSites(props: { settings: SettingsView | null; onChanged: () => void }) {
  const muted = props.settings?.mutedSites ?? [];
  if (muted.length === 0) return null;
  return (
    <section aria-labelledby="muted-heading">
      <h2 id="muted-heading">{t('mutedHeading')}</h2>
      <ul class="muted">
        {muted.map((site) => (
          <li key={site.id}>
            {site.name}{' '}
            <button
              type="button"
              onClick={() => void send('banners/unmute', { vendorId: site.id }).then(props.onChanged)}
            >
              {t('mutedUnmute')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
